/**
 * Obsidian's DOM helpers (the `declare global` block at the top of obsidian.d.ts: `createEl`,
 * `createDiv`, `setText`, `addClass`, …), installed on the prototypes of a window's DOM classes, for
 * happy-dom under vitest and for Chromium in the e2e run. Text is always set as text: nothing here
 * parses HTML.
 */

type Attrs = Record<string, string | number | boolean | null>;

interface ElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Attrs;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

type Win = Window & typeof globalThis;

function define(target: object, name: string, value: unknown): void {
	// Non-enumerable, like the app's, so `for…in` over arrays and objects does not see them.
	Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
}

function defineGetter(target: object, name: string, get: () => unknown): void {
	Object.defineProperty(target, name, { get, configurable: true, enumerable: false });
}

function splitClasses(cls: string | string[]): string[] {
	return (Array.isArray(cls) ? cls : cls.split(' ')).filter((c) => c.length > 0);
}

/** Installs the helpers on `win` (idempotent). */
export function installDomHelpers(win: Win): void {
	const doc = win.document;
	const NodeProto = win.Node.prototype;
	const ElementProto = win.Element.prototype;
	const HTMLProto = win.HTMLElement.prototype;

	/** d.ts `DomElementInfo`: cls, text, attr, title, parent, value, type, prepend, placeholder, href. */
	function applyInfo(el: HTMLElement, o: ElementInfo | string | undefined): void {
		const info: ElementInfo = typeof o === 'string' ? { cls: o } : (o ?? {});
		if (info.cls !== undefined) el.addClasses(splitClasses(info.cls));
		if (info.text !== undefined) el.setText(info.text);
		if (info.attr) el.setAttrs(info.attr);
		if (info.title !== undefined) el.title = info.title;
		if (info.value !== undefined && 'value' in el) (el as HTMLInputElement).value = info.value;
		if (info.type !== undefined && 'type' in el) (el as HTMLInputElement).type = info.type;
		if (info.placeholder !== undefined && 'placeholder' in el) (el as HTMLInputElement).placeholder = info.placeholder;
		if (info.href !== undefined) el.setAttribute('href', info.href);
		if (info.parent) {
			if (info.prepend) info.parent.insertBefore(el, info.parent.firstChild);
			else info.parent.appendChild(el);
		}
	}

	function createElement(tag: string, o?: ElementInfo | string, callback?: (el: HTMLElement) => void): HTMLElement {
		const el = doc.createElement(tag);
		applyInfo(el, o);
		callback?.(el);
		return el;
	}

	function createSvgElement(tag: string, o?: ElementInfo | string, callback?: (el: SVGElement) => void): SVGElement {
		const el = doc.createElementNS('http://www.w3.org/2000/svg', tag);
		const info: ElementInfo = typeof o === 'string' ? { cls: o } : (o ?? {});
		if (info.cls !== undefined) for (const c of splitClasses(info.cls)) el.classList.add(c);
		if (info.attr) for (const [k, v] of Object.entries(info.attr)) if (v !== null) el.setAttribute(k, String(v));
		if (info.parent) {
			if (info.prepend) info.parent.insertBefore(el, info.parent.firstChild);
			else info.parent.appendChild(el);
		}
		callback?.(el);
		return el;
	}

	/** "Create an element and append it to this node." */
	function withParent(node: Node, o: ElementInfo | string | undefined): ElementInfo {
		const info: ElementInfo = typeof o === 'string' ? { cls: o } : { ...(o ?? {}) };
		info.parent = node;
		return info;
	}

	// --- Node ---
	define(NodeProto, 'createEl', function (this: Node, tag: string, o?: ElementInfo | string, cb?: (el: HTMLElement) => void) {
		return createElement(tag, withParent(this, o), cb);
	});
	define(NodeProto, 'createDiv', function (this: Node, o?: ElementInfo | string, cb?: (el: HTMLElement) => void) {
		return createElement('div', withParent(this, o), cb);
	});
	define(NodeProto, 'createSpan', function (this: Node, o?: ElementInfo | string, cb?: (el: HTMLElement) => void) {
		return createElement('span', withParent(this, o), cb);
	});
	define(NodeProto, 'createSvg', function (this: Node, tag: string, o?: ElementInfo | string, cb?: (el: SVGElement) => void) {
		return createSvgElement(tag, withParent(this, o), cb);
	});
	define(NodeProto, 'detach', function (this: Node) {
		this.parentNode?.removeChild(this);
	});
	define(NodeProto, 'empty', function (this: Node) {
		while (this.lastChild) this.removeChild(this.lastChild);
	});
	define(NodeProto, 'insertAfter', function (this: Node, node: Node, child: Node | null) {
		this.insertBefore(node, child ? child.nextSibling : this.firstChild);
		return node;
	});
	define(NodeProto, 'indexOf', function (this: Node, other: Node) {
		return Array.prototype.indexOf.call(this.childNodes, other);
	});
	define(NodeProto, 'setChildrenInPlace', function (this: Node, children: Node[]) {
		while (this.lastChild) this.removeChild(this.lastChild);
		for (const child of children) this.appendChild(child);
	});
	define(NodeProto, 'appendText', function (this: Node, val: string) {
		this.appendChild(doc.createTextNode(val));
	});
	define(NodeProto, 'instanceOf', function (this: Node, type: new () => unknown) {
		return this instanceof type;
	});
	defineGetter(NodeProto, 'doc', function (this: Node) {
		return this.ownerDocument ?? doc;
	});
	defineGetter(NodeProto, 'win', function (this: Node) {
		return this.ownerDocument?.defaultView ?? win;
	});
	defineGetter(NodeProto, 'constructorWin', function (this: Node) {
		return win;
	});

	// --- Element ---
	define(ElementProto, 'getText', function (this: Element) {
		return this.textContent ?? '';
	});
	define(ElementProto, 'setText', function (this: Element, val: string | DocumentFragment) {
		if (typeof val === 'string') this.textContent = val;
		else {
			while (this.lastChild) this.removeChild(this.lastChild);
			this.appendChild(val);
		}
	});
	define(ElementProto, 'addClass', function (this: Element, ...classes: string[]) {
		this.classList.add(...classes.flatMap(splitClasses));
	});
	define(ElementProto, 'addClasses', function (this: Element, classes: string[]) {
		this.classList.add(...classes.flatMap(splitClasses));
	});
	define(ElementProto, 'removeClass', function (this: Element, ...classes: string[]) {
		this.classList.remove(...classes.flatMap(splitClasses));
	});
	define(ElementProto, 'removeClasses', function (this: Element, classes: string[]) {
		this.classList.remove(...classes.flatMap(splitClasses));
	});
	define(ElementProto, 'toggleClass', function (this: Element, classes: string | string[], value: boolean) {
		for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
	});
	define(ElementProto, 'hasClass', function (this: Element, cls: string) {
		return this.classList.contains(cls);
	});
	define(ElementProto, 'setAttr', function (this: Element, name: string, value: string | number | boolean | null) {
		if (value === null) this.removeAttribute(name);
		else this.setAttribute(name, String(value));
	});
	define(ElementProto, 'setAttrs', function (this: Element, obj: Attrs) {
		for (const [name, value] of Object.entries(obj)) this.setAttr(name, value);
	});
	define(ElementProto, 'getAttr', function (this: Element, name: string) {
		return this.getAttribute(name);
	});
	define(ElementProto, 'matchParent', function (this: Element, selector: string, lastParent?: Element) {
		if (this === lastParent) return null;
		if (this.matches(selector)) return this;
		for (let el = this.parentElement; el && el !== lastParent; el = el.parentElement) {
			if (el.matches(selector)) return el;
		}
		return null;
	});
	define(ElementProto, 'getCssPropertyValue', function (this: Element, property: string, pseudoElement?: string) {
		return win.getComputedStyle(this, pseudoElement).getPropertyValue(property);
	});
	define(ElementProto, 'isActiveElement', function (this: Element) {
		return this.ownerDocument.activeElement === this;
	});
	define(ElementProto, 'find', function (this: Element, selector: string) {
		return this.querySelector(selector);
	});
	define(ElementProto, 'findAll', function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});
	define(ElementProto, 'findAllSelf', function (this: Element, selector: string) {
		const all = Array.from(this.querySelectorAll(selector));
		return this.matches(selector) ? [this, ...all] : all;
	});
	define(win.DocumentFragment.prototype, 'find', function (this: DocumentFragment, selector: string) {
		return this.querySelector(selector);
	});
	define(win.DocumentFragment.prototype, 'findAll', function (this: DocumentFragment, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});

	// --- HTMLElement / SVGElement ---
	define(HTMLProto, 'show', function (this: HTMLElement) {
		this.style.display = '';
	});
	define(HTMLProto, 'hide', function (this: HTMLElement) {
		this.style.display = 'none';
	});
	define(HTMLProto, 'toggle', function (this: HTMLElement, show: boolean) {
		this.style.display = show ? '' : 'none';
	});
	define(HTMLProto, 'toggleVisibility', function (this: HTMLElement, visible: boolean) {
		this.style.visibility = visible ? '' : 'hidden';
	});
	/** "Returns whether this element is shown, when the element is attached to the DOM and none of the parent and ancestor elements are hidden with `display: none`." */
	define(HTMLProto, 'isShown', function (this: HTMLElement) {
		if (!this.isConnected || win.getComputedStyle(this).display === 'none') return false;
		for (let el = this.parentElement; el; el = el.parentElement) {
			if (win.getComputedStyle(el).display === 'none') return false;
		}
		return true;
	});
	for (const proto of [HTMLProto, win.SVGElement.prototype]) {
		define(proto, 'setCssStyles', function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
			Object.assign(this.style, styles);
		});
		define(proto, 'setCssProps', function (this: HTMLElement, props: Record<string, string>) {
			for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
		});
	}
	defineGetter(HTMLProto, 'innerWidth', function (this: HTMLElement) {
		const style = win.getComputedStyle(this);
		return this.clientWidth - parseFloat(style.paddingLeft || '0') - parseFloat(style.paddingRight || '0');
	});
	defineGetter(HTMLProto, 'innerHeight', function (this: HTMLElement) {
		const style = win.getComputedStyle(this);
		return this.clientHeight - parseFloat(style.paddingTop || '0') - parseFloat(style.paddingBottom || '0');
	});
	define(HTMLProto, 'onClickEvent', function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
		this.addEventListener('click', listener as EventListener, options);
		this.addEventListener('auxclick', listener as EventListener, options);
	});
	define(HTMLProto, 'trigger', function (this: HTMLElement, eventType: string) {
		this.dispatchEvent(new win.Event(eventType, { bubbles: true, cancelable: true }));
	});

	// --- globals ---
	const g = win as unknown as Record<string, unknown>;
	define(g, 'createEl', createElement);
	define(g, 'createDiv', (o?: ElementInfo | string, cb?: (el: HTMLElement) => void) => createElement('div', o, cb));
	define(g, 'createSpan', (o?: ElementInfo | string, cb?: (el: HTMLElement) => void) => createElement('span', o, cb));
	define(g, 'createSvg', createSvgElement);
	define(g, 'createFragment', (callback?: (el: DocumentFragment) => void) => {
		const fragment = doc.createDocumentFragment();
		callback?.(fragment);
		return fragment;
	});
	define(g, 'activeWindow', win);
	define(g, 'activeDocument', doc);
	define(g, 'sleep', (ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms)));
	define(g, 'nextFrame', () => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve())));
	define(g, 'isBoolean', (obj: unknown) => typeof obj === 'boolean');
	define(g, 'fish', (selector: string) => doc.querySelector(selector));
	define(g, 'fishAll', (selector: string) => Array.from(doc.querySelectorAll(selector)));
	define(g, 'ready', (fn: () => unknown) => {
		if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => fn());
		else fn();
	});

	// The app's extensions of built-ins (same block of the d.ts).
	const ArrayProto = win.Array.prototype as unknown as Record<string, unknown>;
	define(ArrayProto, 'first', function (this: unknown[]) {
		return this[0];
	});
	define(ArrayProto, 'last', function (this: unknown[]) {
		return this[this.length - 1];
	});
	define(ArrayProto, 'contains', function (this: unknown[], target: unknown) {
		return this.includes(target);
	});
	define(ArrayProto, 'remove', function (this: unknown[], target: unknown) {
		for (let i = this.length - 1; i >= 0; i--) if (this[i] === target) this.splice(i, 1);
	});
	define(ArrayProto, 'unique', function (this: unknown[]) {
		return [...new Set(this)];
	});
	define(win.String.prototype, 'contains', function (this: string, target: string) {
		return this.includes(target);
	});
	define(win.Math, 'clamp', (value: number, min: number, max: number) => Math.min(max, Math.max(min, value)));
	define(win.Math, 'square', (value: number) => value * value);
	define(win.String, 'isString', (obj: unknown) => typeof obj === 'string');
	define(win.Number, 'isNumber', (obj: unknown) => typeof obj === 'number');
	define(win.Object, 'isEmpty', (obj: Record<string, unknown>) => Object.keys(obj).length === 0);
}
