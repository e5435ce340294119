import type { App, WorkspaceLeaf } from 'obsidian';

/**
 * Shows the view of `type`, reusing an open leaf or creating one on the given side, and waits for
 * it to be revealed (views may be deferred since Obsidian 1.7.2, so callers must not assume the
 * leaf's view is loaded before this resolves).
 */
export async function activateView(app: App, type: string, side: 'right' | 'main'): Promise<WorkspaceLeaf | null> {
	const { workspace } = app;
	let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(type)[0] ?? null;
	if (!leaf) {
		leaf = side === 'right' ? workspace.getRightLeaf(false) : workspace.getLeaf('tab');
		if (!leaf) return null;
		await leaf.setViewState({ type, active: true });
	}
	await workspace.revealLeaf(leaf);
	return leaf;
}
