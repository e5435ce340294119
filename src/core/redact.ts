/**
 * Redaction, the public face (DESIGN §4 privacy mode, §5 `--redact`). Every view that can hide
 * names (the pane, the CLI, next the map and the canvas) uses this one path:
 *
 * ```ts
 * const matcher = buildNameMatcher(collectRedactionNames(index, table, settings)); // once per derivation
 * const shown = privacy ? redactModel(model, matcher) : showModel(model);
 * render(shown.model);                        // only display fields, all redacted
 * open(shown.targetOf(item));                 // the real path, line and raw line, never shown
 * matcher.redact(message);                    // any other text: warnings, errors, labels
 * ```
 */
export { buildNameMatcher, findInitials, toInitials, type NameMatcher, type RedactionName } from './redaction/name-matcher';
export { redactModel, redactProblemMessage, showModel, type NoteTarget, type ShownItem, type ShownModel } from './redaction/redact-model';
export { collectRedactionNames, type RedactionNameOptions } from './redaction-names';
