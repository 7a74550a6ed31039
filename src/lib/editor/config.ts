// TEMPORARY stub until the generator lands (helper branch editor-config).
export function editorConfig(options: { backend: Record<string, unknown>; localBackend?: { url: string } }) {
  return {
    backend: options.backend,
    ...(options.localBackend && { local_backend: options.localBackend }),
    media_folder: "public/images",
    collections: [
      {
        name: "faq",
        label: "FAQ",
        folder: "content/faq",
        extension: "mdx",
        format: "frontmatter",
        create: true,
        identifier_field: "question",
        fields: [
          { name: "question", label: "Question", widget: "string" },
          { name: "topic", label: "Topic", widget: "string" },
          { name: "order", label: "Order", widget: "number", value_type: "int" },
          { name: "reviewed", label: "Reviewed", widget: "string" },
          { name: "body", label: "Answer", widget: "markdown", modes: ["raw"] },
        ],
      },
      {
        name: "links",
        label: "Links",
        files: [
          {
            name: "links",
            label: "Links",
            file: "content/links.json",
            fields: [
              {
                name: "dfe-online-service",
                label: "DfE Online Service",
                widget: "object",
                fields: [
                  { name: "title", label: "Title", widget: "string" },
                  {
                    name: "url",
                    label: "Address",
                    widget: "string",
                    required: false,
                    pattern: ["^https://", "Start with https://"],
                  },
                  { name: "owner", label: "Owner", widget: "string" },
                  { name: "description", label: "Description", widget: "text" },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}
