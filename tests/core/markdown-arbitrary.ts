/**
 * fast-check generators of Markdown as organizers and Obsidian users write it, weighted towards the
 * constructs where block structure is subtle: fences, indented code, quotes, callouts, nested and
 * ordered lists, HTML blocks, `%%` comments, tabs, setext underlines, CRLF, tasks with every field.
 */
import fc from 'fast-check';

const indent = fc.constantFrom('', '', '', ' ', '  ', '   ', '    ', '\t', '\t\t', '      ', '  \t');
const marker = fc.constantFrom('-', '-', '*', '+', '1.', '1)', '2.', '10.');
const status = fc.constantFrom(' ', ' ', 'x', 'X', '-', '/', '>', '!');
const word = fc.constantFrom('talk', 'to', 'Jo', 'about', 'nights', 'petition', 'Ünïcödé', '**bold**', '_it_', '`code`', 'a*b', 'x_y');
const link = fc.constantFrom('[[Maria Lopez]]', '[[Jo Chen|Jo]]', '[[Note#Heading]]', '![[image.png]]', '[[Sam Rivera]]:');
const field = fc.constantFrom(
	'📅 2026-12-03', '📆 2026-12-04', '🗓️ 2026-12-05', '✅ 2026-11-30', '❌ 2026-11-29', '➕ 2026-11-20', '⏳ 2026-12-01',
	'⌛ 2026-12-02', '🛫 2026-12-06', '⏫', '🔽', '🔁 every week', '🆔 abc', '⛔ abc', '🏁 delete', '^block-1', '#tag',
	'[due:: 2026-12-08]', '(completion:: 2026-11-30)', '[owner:: [[Jo Chen]]]', '[created:: 2026-02-30]', '📅 2026-02-30',
	'%% note %%', '<!-- c -->', 'key:: value',
);
const text = fc.array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: link }, { weight: 1, arbitrary: field }), { minLength: 0, maxLength: 6 })
	.map((parts) => parts.join(' '));

const task = fc.tuple(indent, marker, fc.constantFrom(' ', ' ', '  ', '\t'), status, text)
	.map(([pad, mark, gap, box, rest]) => `${pad}${mark}${gap}[${box}] ${rest}`);
const listItem = fc.tuple(indent, marker, text).map(([pad, mark, rest]) => `${pad}${mark} ${rest}`);
const heading = fc.tuple(fc.constantFrom('#', '##', '###', '######', '#######'), fc.constantFrom('Organize', 'uplift', 'Notes', 'Agitate #', ''), indent)
	.map(([marks, title, pad]) => `${pad.length < 4 ? pad : ''}${marks} ${title}`);
const fence = fc.tuple(fc.constantFrom('```', '~~~', '````', '~~~~', '```js', '``` a`b'), fc.constantFrom('', '', ' ', '  ', '    ', '  - '));
const line = fc.oneof(
	{ weight: 6, arbitrary: text },
	{ weight: 8, arbitrary: task },
	{ weight: 3, arbitrary: listItem },
	{ weight: 3, arbitrary: heading },
	{ weight: 5, arbitrary: fc.constant('') },
	{ weight: 2, arbitrary: fence.map(([f, pad]) => pad + f) },
	{ weight: 1, arbitrary: text.map((t) => `    ${t}`) },
	{ weight: 3, arbitrary: fc.tuple(fc.constantFrom('> ', '>', '> > ', '> [!note] ', '>     ', '>\t', ' > ', '   > ', '>> ', '> > > ', '> - ', '> 1. ', '>   ', '- > ', '  > '), fc.oneof(text, task, listItem, heading, fence.map(([f, pad]) => pad + f), fc.constant(''))).map(([q, t]) => q + t) },
	{ weight: 1, arbitrary: fc.constantFrom('<div>', '</div>', '<!--', '-->', '<!-- - [ ] x -->', '<!-->', '<https://example.org>', '<a href="x">', '<a:b>', '<br/>', '%%', '%% start', 'end %%') },
	{ weight: 1, arbitrary: fc.constantFrom('---', '===', '***', '- - -', '-', '1.', '- ', '* [ ]', '- [x]') },
);
const frontMatter = fc.constantFrom(
	'---\ntype: one-on-one\nperson: "[[Maria Lopez]]"\ndate: 2026-11-28\n---\n',
	'---\ntype: 1:1\nperson: [[Jo Chen]]\n---\n',
	'---\ntype: person\n---\n',
	'',
);

/** A whole note: optional front matter, then 0–40 lines, joined with LF or CRLF. */
export const markdownNote = fc.tuple(frontMatter, fc.array(line, { maxLength: 40 }), fc.boolean())
	.map(([head, lines, crlf]) => {
		const body = `${head}${lines.join('\n')}\n`;
		return crlf ? body.replace(/\n/g, '\r\n') : body;
	});

/** Markdown-ish fragments glued without structure: for "never throws" properties. */
export const markdownSoup = fc.array(fc.oneof(line, fc.constantFrom('[', ']]', '[[', '*a_', '%%', '`', '\r', '\n', '\uFEFF', '---', '::')), { maxLength: 60 })
	.map((parts) => parts.join(''));
