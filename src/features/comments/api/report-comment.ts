import { useMutation } from '@tanstack/react-query'
import { reportedComments } from '../lib/device-ids'
import { reportComment, type ReportInput } from './reactions-api'

/**
 * A report to the editors. Once accepted it is remembered on the device: the comment then says it was
 * reported (reporting it again would count for nothing). It never hides the comment.
 */
export function useReportComment(commentId: string) {
  return useMutation({
    mutationFn: (input: ReportInput) => reportComment(commentId, input),
    onSuccess: () => reportedComments.set(commentId, true),
  })
}
