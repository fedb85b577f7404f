/** The id of a comment's element, and the fragment of its permalink (`#commentaire-…`). */
export const commentAnchor = (commentId: string) => `commentaire-${commentId}`
