import type { ComponentProps } from 'react'

export interface BusyButtonProps extends Omit<ComponentProps<'button'>, 'disabled' | 'aria-disabled'> {
  /** Its action is under way: the button says it is unavailable, and a click does nothing. */
  isBusy: boolean
}

/**
 * A button that is busy for a while (sending, saving, preparing). Not `disabled`: a disabled button
 * drops the focus it holds to the page and leaves the Tab order, so a keyboard or screen reader user
 * would lose their place at the very moment they acted. `aria-disabled` keeps it where it is and says
 * it is unavailable; the click is ignored here. A submit button's form checks its own state too: a
 * form is also sent without a click (Enter in a field, Ctrl+Enter in a comment).
 */
export function BusyButton({ isBusy, type = 'button', onClick, ...props }: BusyButtonProps) {
  return (
    <button
      {...props}
      type={type}
      aria-disabled={isBusy ? true : undefined}
      onClick={(event) => {
        if (!isBusy) onClick?.(event)
      }}
    />
  )
}
