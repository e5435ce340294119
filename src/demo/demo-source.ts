/** One Markdown source of the demo vault (`demo/notes/`), and one file of the demo vault. */

/** A vault-relative path and its text: a source in `demo/notes/`, or a rendered demo note. */
export interface DemoSource {
	readonly path: string;
	readonly text: string;
}
