/**
 * Type-level conformance of the fake to the real obsidian.d.ts, checked by `tsc` (this file is in
 * `tsconfig.json`'s `tests/**` and never runs). It fails the typecheck when:
 *
 * - a fake class has a public member the real class lacks (we would be testing against an
 *   invented API), or one whose type is incompatible with the real member (after mapping the fake's
 *   classes to the real ones: a fake `TFile` stands for a real `TFile`);
 * - a fake constructor does not accept what the real one accepts (the plugin calls `new Notice(…)`,
 *   `super(leaf)`, `super(app, plugin)` with real types);
 * - a fake top-level function's type differs from the real one;
 * - the generated member lists (`api-surface.ts`) drift from the installed obsidian.d.ts.
 *
 * A failing check names the offending member in the error ("Type '\"foo\"' does not satisfy the
 * constraint 'never'").
 */
import type * as Real from 'obsidian';
import type { API_MEMBERS, API_VALUES } from './api-surface';
import type * as Fake from './index';

/** The fake class a value is an instance of, replaced by its real class; through functions, promises, arrays and unions. Subclasses before base classes. */
type ToReal<T> =
	T extends Fake.TFile ? Real.TFile
	: T extends Fake.TFolder ? Real.TFolder
	: T extends Fake.TAbstractFile ? Real.TAbstractFile
	: T extends Fake.App ? Real.App
	: T extends Fake.Vault ? Real.Vault
	: T extends Fake.DataAdapter ? Real.DataAdapter
	: T extends Fake.MetadataCache ? Real.MetadataCache
	: T extends Fake.FileManager ? Real.FileManager
	: T extends Fake.Workspace ? Real.Workspace
	: T extends Fake.WorkspaceLeaf ? Real.WorkspaceLeaf
	: T extends Fake.MarkdownView ? Real.MarkdownView
	: T extends Fake.ItemView ? Real.ItemView
	: T extends Fake.View ? Real.View
	: T extends Fake.Plugin ? Real.Plugin
	: T extends Fake.Component ? Real.Component
	: T extends Fake.Editor ? Real.Editor
	: T extends Fake.Scope ? Real.Scope
	: T extends Fake.PluginSettingTab ? Real.PluginSettingTab
	: T extends Fake.SettingTab ? Real.SettingTab
	: T extends Fake.Setting ? Real.Setting
	: T extends Fake.TextAreaComponent ? Real.TextAreaComponent
	: T extends Fake.TextComponent ? Real.TextComponent
	: T extends Fake.ToggleComponent ? Real.ToggleComponent
	: T extends Fake.DropdownComponent ? Real.DropdownComponent
	: T extends Fake.ButtonComponent ? Real.ButtonComponent
	: T extends Fake.ExtraButtonComponent ? Real.ExtraButtonComponent
	: T extends Fake.BaseComponent ? Real.BaseComponent
	: T extends Fake.FuzzySuggestModal<infer U> ? Real.FuzzySuggestModal<ToReal<U>>
	: T extends Fake.SuggestModal<infer U> ? Real.SuggestModal<ToReal<U>>
	: T extends Fake.Modal ? Real.Modal
	: T extends Fake.Notice ? Real.Notice
	: T extends Fake.Events ? Real.Events
	: T extends (...args: infer A) => infer R ? (...args: ToRealArgs<A>) => ToReal<R>
	: T extends Promise<infer U> ? Promise<ToReal<U>>
	: T extends ReadonlyArray<infer U> ? Array<ToReal<U>>
	: T;

type ToRealArgs<A> = { [I in keyof A]: ToReal<A[I]> };

/**
 * Public members of the fake that the real class lacks, or whose type (mapped to real classes) is
 * not assignable to the real member's type. `Exempt`: generic members whose signatures match but
 * which TypeScript cannot compare after `infer` erases their type parameters (listed per class).
 */
type MemberDrift<F, R, Exempt extends PropertyKey = never> = {
	[K in keyof F]-?: K extends keyof R ? (K extends Exempt ? never : ToReal<F[K]> extends R[K] ? never : K) : K;
}[keyof F];

/** The fake constructor does not accept the arguments the real one takes. */
type CtorDrift<F extends abstract new (...args: never[]) => unknown, R extends abstract new (...args: never[]) => unknown> =
	ConstructorParameters<R> extends ToRealArgs<ConstructorParameters<F>> ? never : 'constructor';

/** Names in a generated list that the real type lacks, and required real members missing from it. */
type RequiredKeys<R> = { [K in keyof R]-?: object extends Pick<R, K> ? never : K }[keyof R];
type ListDrift<L extends readonly string[], R> = Exclude<L[number], keyof R> | Exclude<RequiredKeys<R> & string, L[number]>;

type Expect<T extends never> = T;

type GenericComponentMembers = 'addChild' | 'removeChild';

/** All checks; each must be `never`. Exported so the aliases count as used. */
export type ConformanceChecks = [
	Expect<MemberDrift<Fake.App, Real.App>>,
	Expect<MemberDrift<Fake.Vault, Real.Vault>>,
	Expect<MemberDrift<Fake.DataAdapter, Real.DataAdapter>>,
	Expect<MemberDrift<Fake.TAbstractFile, Real.TAbstractFile>>,
	Expect<MemberDrift<Fake.TFile, Real.TFile>>,
	Expect<MemberDrift<Fake.TFolder, Real.TFolder>>,
	Expect<MemberDrift<Fake.MetadataCache, Real.MetadataCache>>,
	Expect<MemberDrift<Fake.FileManager, Real.FileManager>>,
	Expect<MemberDrift<Fake.Workspace, Real.Workspace, 'getActiveViewOfType'>>,
	Expect<MemberDrift<Fake.WorkspaceLeaf, Real.WorkspaceLeaf>>,
	Expect<MemberDrift<Fake.Events, Real.Events>>,
	Expect<MemberDrift<Fake.Component, Real.Component, GenericComponentMembers>>,
	Expect<MemberDrift<Fake.View, Real.View, GenericComponentMembers>>,
	Expect<MemberDrift<Fake.ItemView, Real.ItemView, GenericComponentMembers>>,
	Expect<MemberDrift<Fake.MarkdownView, Real.MarkdownView, GenericComponentMembers>>,
	Expect<MemberDrift<Fake.Editor, Real.Editor>>,
	Expect<MemberDrift<Fake.Plugin, Real.Plugin, GenericComponentMembers>>,
	Expect<MemberDrift<Fake.Scope, Real.Scope>>,
	Expect<MemberDrift<Fake.SettingTab, Real.SettingTab>>,
	Expect<MemberDrift<Fake.PluginSettingTab, Real.PluginSettingTab>>,
	Expect<MemberDrift<Fake.Setting, Real.Setting>>,
	Expect<MemberDrift<Fake.BaseComponent, Real.BaseComponent>>,
	Expect<MemberDrift<Fake.TextComponent, Real.TextComponent>>,
	Expect<MemberDrift<Fake.TextAreaComponent, Real.TextAreaComponent>>,
	Expect<MemberDrift<Fake.ToggleComponent, Real.ToggleComponent>>,
	Expect<MemberDrift<Fake.DropdownComponent, Real.DropdownComponent>>,
	Expect<MemberDrift<Fake.ButtonComponent, Real.ButtonComponent>>,
	Expect<MemberDrift<Fake.ExtraButtonComponent, Real.ExtraButtonComponent>>,
	Expect<MemberDrift<Fake.Modal, Real.Modal>>,
	Expect<MemberDrift<Fake.SuggestModal<string>, Real.SuggestModal<string>>>,
	Expect<MemberDrift<Fake.FuzzySuggestModal<string>, Real.FuzzySuggestModal<string>>>,
	Expect<MemberDrift<Fake.Notice, Real.Notice>>,

	Expect<CtorDrift<typeof Fake.ItemView, typeof Real.ItemView>>,
	Expect<CtorDrift<typeof Fake.Plugin, typeof Real.Plugin>>,
	Expect<CtorDrift<typeof Fake.PluginSettingTab, typeof Real.PluginSettingTab>>,
	Expect<CtorDrift<typeof Fake.Setting, typeof Real.Setting>>,
	Expect<CtorDrift<typeof Fake.Modal, typeof Real.Modal>>,
	Expect<CtorDrift<typeof Fake.SuggestModal<string>, typeof Real.SuggestModal<string>>>,
	Expect<CtorDrift<typeof Fake.FuzzySuggestModal<string>, typeof Real.FuzzySuggestModal<string>>>,
	Expect<CtorDrift<typeof Fake.Notice, typeof Real.Notice>>,
	Expect<CtorDrift<typeof Fake.Component, typeof Real.Component>>,
	Expect<CtorDrift<typeof Fake.TextComponent, typeof Real.TextComponent>>,
	Expect<CtorDrift<typeof Fake.ToggleComponent, typeof Real.ToggleComponent>>,
	Expect<CtorDrift<typeof Fake.ButtonComponent, typeof Real.ButtonComponent>>,

	Expect<typeof Fake.Keymap.isModEvent extends typeof Real.Keymap.isModEvent ? never : 'Keymap.isModEvent'>,
	Expect<ToReal<typeof Fake.normalizePath> extends typeof Real.normalizePath ? never : 'normalizePath'>,
	// Generic: compared as declared (its types mention no fake class).
	Expect<typeof Fake.debounce extends typeof Real.debounce ? never : 'debounce'>,
	Expect<ToReal<typeof Fake.setIcon> extends typeof Real.setIcon ? never : 'setIcon'>,
	Expect<ToReal<typeof Fake.setTooltip> extends typeof Real.setTooltip ? never : 'setTooltip'>,
	Expect<ToReal<typeof Fake.prepareFuzzySearch> extends typeof Real.prepareFuzzySearch ? never : 'prepareFuzzySearch'>,
	Expect<ToReal<typeof Fake.prepareSimpleSearch> extends typeof Real.prepareSimpleSearch ? never : 'prepareSimpleSearch'>,
	Expect<ToReal<typeof Fake.renderResults> extends typeof Real.renderResults ? never : 'renderResults'>,
	Expect<ToReal<typeof Fake.parseYaml> extends typeof Real.parseYaml ? never : 'parseYaml'>,
	Expect<ToReal<typeof Fake.stringifyYaml> extends typeof Real.stringifyYaml ? never : 'stringifyYaml'>,

	Expect<ListDrift<typeof API_MEMBERS.Vault, Real.Vault>>,
	Expect<ListDrift<typeof API_MEMBERS.App, Real.App>>,
	Expect<ListDrift<typeof API_MEMBERS.Workspace, Real.Workspace>>,
	Expect<ListDrift<typeof API_MEMBERS.WorkspaceLeaf, Real.WorkspaceLeaf>>,
	Expect<ListDrift<typeof API_MEMBERS.Plugin, Real.Plugin>>,
	Expect<ListDrift<typeof API_MEMBERS.ItemView, Real.ItemView>>,
	Expect<ListDrift<typeof API_MEMBERS.MetadataCache, Real.MetadataCache>>,
	Expect<ListDrift<typeof API_MEMBERS.DataAdapter, Real.DataAdapter>>,
	Expect<Exclude<(typeof API_VALUES)[number], keyof typeof Real>>,
];
