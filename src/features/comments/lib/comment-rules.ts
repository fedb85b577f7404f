/** The contract's rules for comment text, checked here before the server does. */
export const MAX_NAME_LENGTH = 80
export const MAX_BODY_LENGTH = 5000
/** The character counter appears when this many characters are left. */
export const COUNTER_FROM = 500

/** Length as the contract counts it: characters (code points) after trimming. */
export function contractLength(text: string): number {
  return Array.from(text.trim()).length
}
