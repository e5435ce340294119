/**
 * An explanation as titled blocks of plain lines: what the CLI prints and what the plugin's modal
 * shows (each line as text), so both say exactly the same words.
 */
import { AEIOU_STAGES } from './aeiou';
import type { CommitmentList, NoteExplanation, TaskExplanation } from './explain';

/** One titled block of lines. */
export interface ExplanationBlock {
	readonly title: string;
	readonly lines: readonly string[];
}

const LIST_NAMES: Readonly<Record<CommitmentList, string>> = {
	followUp: 'Follow up',
	stalled: 'Stalled',
	yourPromises: 'Your promises',
	comingUp: 'Coming up',
};

const PERSON_LIST_NAMES = { checkIn: 'Check in with', noOneOnOne: 'No 1-on-1 yet', comingUp: 'Coming up' } as const;

const KIND_NAMES = { person: 'a person note', 'one-on-one': 'a 1-on-1', other: 'not an organizing note' } as const;

function describeLists(task: TaskExplanation): string {
	if (task.lists.length === 0) return 'in no list';
	return `in ${task.lists.map((list) => (list === 'followUp' && task.followUpKind ? `Follow up (${task.followUpKind === 'debrief' ? 'Debrief' : 'Offer support'})` : LIST_NAMES[list])).join(' and ')}`;
}

function describeFields(task: TaskExplanation): string {
	const fields: string[] = [];
	if (task.due) fields.push(`due ${task.due}`);
	if (task.done) fields.push(`done ${task.done}`);
	if (task.cancelled) fields.push(`cancelled ${task.cancelled}`);
	if (task.created) fields.push(`created ${task.created}`);
	if (task.scheduled) fields.push(`scheduled ${task.scheduled}`);
	if (task.start) fields.push(`start ${task.start}`);
	if (task.section) fields.push(`section ${AEIOU_STAGES.find((stage) => stage.key === task.section)?.heading ?? task.section}`);
	if (task.owner) fields.push(`owner ${task.owner.name}${task.owner.yours ? ' (you)' : ''}, from ${task.owner.how}`);
	return fields.length > 0 ? fields.join(' · ') : 'no fields';
}

/** The explanation as titled blocks of lines, in reading order; empty blocks are left out. */
export function formatExplanation(explanation: NoteExplanation): ExplanationBlock[] {
	const blocks: ExplanationBlock[] = [];
	const add = (title: string, lines: readonly string[]): void => {
		if (lines.length > 0) blocks.push({ title, lines });
	};
	const what = [`${explanation.path} is ${KIND_NAMES[explanation.kind]}: ${explanation.kindReason}.`];
	if (explanation.statusReason) what.push(`Not counted: ${explanation.statusReason}.`);
	if (explanation.date) what.push(`Date ${explanation.date.value} (from its ${explanation.date.from === 'date' ? 'date property' : 'file name'}): ${explanation.date.counts}.`);
	add('What this note is', what);
	add('Properties', explanation.properties.map((property) => `${property.key}: ${property.value}`));
	add('People it names', explanation.references.map((ref) => ref.path === null ? `${ref.property} ${ref.written} → no note: ${ref.how}.` : `${ref.property} ${ref.written} → ${ref.path}, by ${ref.how}.`));
	add('AEIOU sections with content of their own', explanation.sections.map((section) => {
		const heading = AEIOU_STAGES.find((stage) => stage.key === section.stage)?.heading ?? section.stage;
		return `${heading}: ${section.hasContent ? 'yes' : 'no'}`;
	}));
	add('Tasks', explanation.tasks.map((task) =>
		`Line ${task.line} [${task.status}] ${task.text || '(no text)'} — ${describeFields(task)}. ${task.commitment ? `Today: ${describeLists(task)}, because ${task.why}.` : `Not a commitment: ${task.why}.`}`));
	add('Lines that look like tasks but are not', explanation.notTasks.map((line) => `Line ${line.line} ${line.text} — ${line.why}.`));
	const person = explanation.person;
	if (person) {
		add('Check-ins', [
			`Last contact: ${person.lastContact ? `${person.lastContact}, from ${person.lastContactFrom ?? ''}` : 'none yet'}.`,
			`Interval: ${person.interval}.`,
			`Next check-in: ${person.nextCheckIn ? `${person.nextCheckIn}, from ${person.nextCheckInFrom ?? ''}` : 'none'}.`,
			`Today: ${person.lists.length > 0 ? `in ${person.lists.map((list) => PERSON_LIST_NAMES[list]).join(' and ')}` : 'in no list'}, because ${person.why}.`,
		]);
	}
	add('Notes to fix', explanation.problems.map((problem) => `${problem.line === null ? '' : `Line ${problem.line}: `}${problem.message}`));
	add('How it was read', [`Read by ${explanation.parser === 'remark' ? 'remark' : 'the fast path'}: ${explanation.parserReason}.`]);
	return blocks;
}

/** The blocks as plain text, one block after another with a blank line between. */
export function showExplanationText(explanation: NoteExplanation): string {
	return formatExplanation(explanation)
		.map((block) => [block.title, ...block.lines.map((line) => `  ${line}`)].join('\n'))
		.join('\n\n');
}
