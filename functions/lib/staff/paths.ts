/** The staff area's addresses: its pages, the links in its emails, and the routes (functions/lib/staff/routes.ts). */
export const staffPaths = {
  home: "/staff/",
  signIn: "/staff/sign-in/",
  signInLink: "/staff/sign-in/link/",
  signOut: "/staff/sign-out/",
  list: (formId: string) => `/staff/${formId}/`,
  exportCsv: (formId: string) => `/staff/${formId}/export.csv`,
  submission: (formId: string, key: string) => `/staff/${formId}/${key}/`,
  action: (formId: string, key: string, action: string) => `/staff/${formId}/${key}/${action}/`,
};
