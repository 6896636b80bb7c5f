/** Where the editor's desk answers (src/dev/desk.ts), apart from it: the server asks this of every request, and loads the desk only for its own. */
export const deskPath = "/__galley/desk";

export const isDeskRequest = (url: string | undefined): boolean => {
  const path = (url ?? "").split("?")[0] ?? "";
  return path === deskPath || path.startsWith(`${deskPath}/`);
};
