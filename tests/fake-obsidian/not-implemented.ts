/**
 * How the fake fails when the plugin reaches past what it implements: with a clear error naming the
 * Obsidian member, instead of the `undefined` that would surface later as "x is not a function".
 *
 * Each fake class registers the real class it stands for; its instances (including instances of the
 * plugin's own subclasses) are wrapped in a Proxy that throws for a member the real API declares
 * (`api-surface.ts`, generated from obsidian.d.ts) but the fake lacks. Any other missing name — a
 * field of the plugin's subclass that is not set yet, `then`, `toJSON`, symbols used by test
 * printers — stays plain JavaScript `undefined`.
 *
 * Caveat: JavaScript `#private` fields do not work through a Proxy; the plugin uses TypeScript
 * `private`, which is fine.
 */
import { API_MEMBERS } from './api-surface';

/** The error every unimplemented member throws. */
export function notImplemented(name: string): Error {
	return new Error(`fake obsidian: ${name} is not implemented`);
}

type ApiClassName = keyof typeof API_MEMBERS;

const realNames = new WeakMap<object, ApiClassName>();
const memberSets = new Map<ApiClassName, ReadonlySet<string>>();

function membersOf(name: ApiClassName): ReadonlySet<string> {
	let set = memberSets.get(name);
	if (!set) {
		set = new Set<string>(API_MEMBERS[name]);
		memberSets.set(name, set);
	}
	return set;
}

/** Records that the fake class `ctor` stands for the real class `name`. */
export function registerApiClass(ctor: abstract new (...args: never[]) => unknown, name: ApiClassName): void {
	realNames.set(ctor, name);
}

/** The real API class a constructor stands for: its own registration, or its nearest registered ancestor's. */
function apiClassOf(ctor: unknown): ApiClassName | undefined {
	let current = ctor;
	while (typeof current === 'function') {
		const name = realNames.get(current);
		if (name) return name;
		current = Object.getPrototypeOf(current);
	}
	return undefined;
}

/**
 * Wraps a fresh instance so that reading a real-API member the fake does not have throws. Call it as
 * `return guard(this, new.target)` from the constructor of each root fake class: derived
 * constructors then initialize their fields on the proxy (the `defineProperty` trap forwards).
 */
export function guard<T extends object>(instance: T, newTarget: unknown): T {
	const apiName = apiClassOf(newTarget);
	if (!apiName) return instance;
	const members = membersOf(apiName);
	return new Proxy(instance, {
		get(target, key, receiver) {
			if (typeof key === 'string' && !(key in target) && members.has(key)) {
				throw notImplemented(`${apiName}.${key}`);
			}
			return Reflect.get(target, key, receiver) as unknown;
		},
	});
}

/**
 * A top-level export of the real module that the fake does not implement: calling, constructing,
 * or reading a property (other than symbols and `then`, which module loaders probe) throws.
 */
export function unimplementedExport(name: string): unknown {
	const fail = (): never => {
		throw notImplemented(name);
	};
	return new Proxy(function stub() {}, {
		apply: fail,
		construct: fail,
		get(_target, key) {
			if (typeof key === 'symbol' || key === 'then') return undefined;
			return fail();
		},
	});
}
