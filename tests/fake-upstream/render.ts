// The fake upstream's answers, shaped like the real captures in tests/fixtures/formats: Hugging Face
// /api/daily_papers JSON, arXiv API Atom, and arXiv OAI-PMH ListRecords pages (metadataPrefix=arXiv).
export type HfItem = {
  paper: { id: string; submittedOnDailyAt?: string; upvotes?: number; [k: string]: unknown };
  numComments?: number;
  [k: string]: unknown;
};

export type ArxivRecord = {
  id: string;
  title: string;
  abstract: string;
  authors: string[];
  categories: string[];
  published: string | null;
  comment: string | null;
};

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A recorded day's items as the API serves them for `date`: the day they were submitted to is that date. */
export function renderHfDay(items: HfItem[], date: string): string {
  return JSON.stringify(
    items.map((item) => ({ ...item, paper: { ...item.paper, submittedOnDailyAt: `${date}T00:00:00.000Z` } })),
  );
}

export function renderAtom(records: ArxivRecord[], query: string, updated: string): string {
  const entries = records.map((r) => {
    const published = `${r.published ?? updated.slice(0, 10)}T17:59:37Z`;
    const [primary] = r.categories;
    return `  <entry>
    <id>http://arxiv.org/abs/${r.id}v1</id>
    <updated>${published}</updated>
    <published>${published}</published>
    <title>${esc(r.title)}</title>
    <summary>  ${esc(r.abstract)}
</summary>
${r.authors.map((a) => `    <author>\n      <name>${esc(a)}</name>\n    </author>`).join("\n")}
${r.comment ? `    <arxiv:comment xmlns:arxiv="http://arxiv.org/schemas/atom">${esc(r.comment)}</arxiv:comment>\n` : ""}    <link href="http://arxiv.org/abs/${r.id}v1" rel="alternate" type="text/html"/>
    <link title="pdf" href="http://arxiv.org/pdf/${r.id}v1" rel="related" type="application/pdf"/>
${primary ? `    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="${primary}" scheme="http://arxiv.org/schemas/atom"/>\n` : ""}${r.categories.map((c) => `    <category term="${c}" scheme="http://arxiv.org/schemas/atom"/>`).join("\n")}
  </entry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link href="http://arxiv.org/api/query?${esc(encodeURIComponent(query))}" rel="self" type="application/atom+xml"/>
  <title type="html">ArXiv Query: ${esc(query)}</title>
  <id>http://arxiv.org/api/fake-upstream</id>
  <updated>${updated}</updated>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${records.length}</opensearch:totalResults>
  <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:startIndex>
  <opensearch:itemsPerPage xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${records.length}</opensearch:itemsPerPage>
${entries.join("\n")}
</feed>
`;
}

/** "Etienne Casanova" → keyname Casanova, forenames Etienne (arXiv's split; the parser joins them back). */
function authorXml(name: string): string {
  const parts = name.trim().split(/\s+/);
  const keyname = parts.pop() ?? name;
  return `<author><keyname>${esc(keyname)}</keyname>${parts.length > 0 ? `<forenames>${esc(parts.join(" "))}</forenames>` : ""}</author>`;
}

export type OaiListed = { record: ArxivRecord; datestamp: string; set: string };

export function renderOaiPage(
  page: OaiListed[],
  request: string,
  responseDate: string,
  token: { value: string | null; cursor: number; total: number } | null,
): string {
  const records = page.map(
    ({ record: r, datestamp, set }) => `<record>
<header>
 <identifier>oai:arXiv.org:${r.id}</identifier>
 <datestamp>${datestamp}</datestamp>
 <setSpec>${set}</setSpec>
</header>
<metadata>
 <arXiv xmlns="http://arxiv.org/OAI/arXiv/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://arxiv.org/OAI/arXiv/ http://arxiv.org/OAI/arXiv.xsd">
 <id>${r.id}</id><created>${r.published ?? datestamp}</created><authors>${r.authors.map(authorXml).join("")}</authors><title>${esc(r.title)}</title><categories>${r.categories.join(" ")}</categories>${r.comment ? `<comments>${esc(r.comment)}</comments>` : ""}<abstract>  ${esc(r.abstract)}
</abstract></arXiv>
</metadata>
</record>`,
  );
  const resumption = token
    ? `\n<resumptionToken cursor="${token.cursor}" completeListSize="${token.total}"${token.value ? `>${esc(token.value)}</resumptionToken>` : "/>"}`
    : "";
  return oaiEnvelope(request, responseDate, `<ListRecords>\n${records.join("\n")}${resumption}\n</ListRecords>`);
}

export function renderOaiError(request: string, responseDate: string, code: string, message: string): string {
  return oaiEnvelope(request, responseDate, `<error code="${code}">${esc(message)}</error>`);
}

function oaiEnvelope(request: string, responseDate: string, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">
<responseDate>${responseDate}</responseDate>
${request}
${body}
</OAI-PMH>
`;
}
