/**
 * Export relationship map to canvas when the app cannot write the file (the export path's folder
 * is taken by a file, the disk refuses): a Notice says so, from the command and from the map's
 * button alike, instead of an error only the developer console shows.
 */
import { describe, expect, it } from 'vitest';
import { MAP_VIEW_TYPE, MapView } from '../../src/plugin/map-view';
import { person } from '../support/builders';
import { fake, pinToday, runCommand, startPlugin, waitFor, waitForIndex } from './harness';

const FILES: Record<string, string> = {
	'People/Maria Lopez.md': person({ knows: ['[[Jo Chen]]'] }),
	'People/Jo Chen.md': person({}),
	// A file where the export's folder should be.
	Maps: 'not a folder',
};
const data = { canvasExportPath: 'Maps/Union.canvas' };

describe('export relationship map to canvas, when the file cannot be written', () => {
	pinToday('2026-11-28');

	it('says so from the command', async () => {
		const running = await startPlugin({ files: FILES, data });
		await waitForIndex(running);
		runCommand(running, 'export-relationship-map');
		await waitFor(() => fake.noticeTexts().length > 0);
		expect(fake.noticeTexts()).toHaveLength(1);
		expect(fake.noticeTexts()[0]).toMatch(/^Could not export the relationship map to Maps\/Union\.canvas: /);
	});

	it('says so from the map\'s button', async () => {
		const running = await startPlugin({ files: FILES, data });
		await waitForIndex(running);
		runCommand(running, 'open-relationship-map');
		await fake.settle();
		const leaf = running.app.workspace.getLeavesOfType(MAP_VIEW_TYPE)[0];
		if (!(leaf?.view instanceof MapView)) throw new Error('the map is not open');
		await leaf.view.whenDrawn();
		leaf.view.contentEl.querySelector<HTMLButtonElement>('.ro-map__export')?.click();
		await waitFor(() => fake.noticeTexts().length > 0);
		expect(fake.noticeTexts()[0]).toMatch(/^Could not export the relationship map to Maps\/Union\.canvas: /);
	});
});
