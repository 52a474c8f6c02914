/**
 * Link to edit a content file in the repository's web editor (GitHub's `/edit/<branch>/<path>`).
 * `repository` is the repository's web address, `filePath` the file's path from the project root.
 */
export function editUrl(repository: string, filePath: string, branch = 'main'): string {
  return `${repository.replace(/\/+$/, '')}/edit/${branch}/${filePath.replace(/^\.?\/+/, '')}`;
}
