/** Fields that bring up a phone's keyboard: what floating controls step away from while one has focus. */
const TEXT_FIELD =
  'input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]), textarea, select, [contenteditable]'

/** Whether the reader is typing: the focused element is a text field. */
export function isTyping(): boolean {
  return document.activeElement?.matches(TEXT_FIELD) ?? false
}
