// OAI-PMH pages in arXiv's own metadata format (metadataPrefix=arXiv), the one the sync harvests:
// category codes, authors split into keyname/forenames/suffix, hard-wrapped text, entities.
import { describe, expect, it } from "vitest";
import { validateItem } from "../source-record";
import { parseArxivOai } from "./arxiv-oai";

const PAGE = `<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">
<responseDate>2026-03-16T20:31:07Z</responseDate>
<request verb="ListRecords" metadataPrefix="arXiv" set="cs" from="2026-03-13">https://oaipmh.arxiv.org/oai</request>
<ListRecords>
<record>
<header>
 <identifier>oai:arXiv.org:2603.01234</identifier>
 <datestamp>2026-03-14</datestamp>
 <setSpec>cs</setSpec>
</header>
<metadata>
 <arXiv xmlns="http://arxiv.org/OAI/arXiv/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://arxiv.org/OAI/arXiv/ http://arxiv.org/OAI/arXiv.xsd">
 <id>2603.01234</id><created>2026-03-02</created><updated>2026-03-13</updated><authors><author><keyname>Lovelace</keyname><forenames>Ada</forenames><affiliation>Analytical Engine Ltd</affiliation></author><author><keyname>Smith</keyname><forenames>John</forenames><suffix>Jr</suffix></author><author><keyname>Collaboration</keyname></author></authors><title>Learning &quot;Difference Engines&quot;: a Study in
  Mechanical Computation</title><categories>cs.LG cs.AI stat.ML</categories><comments>12 pages, 3 figures; v2 fixes a typo</comments><journal-ref>Proc. Engines 2026, pp 1-12</journal-ref><doi>10.1000/xyz123 10.1000/abc456</doi><license>http://creativecommons.org/licenses/by/4.0/</license><abstract>  We revisit difference engines with $k\\to\\infty$ gears
and find that they learn.
</abstract></arXiv>
</metadata>
</record>
<record>
<header status="deleted">
 <identifier>oai:arXiv.org:2603.09999</identifier>
 <datestamp>2026-03-14</datestamp>
 <setSpec>cs</setSpec>
</header>
</record>
<resumptionToken cursor="0" completeListSize="1532">4183214|1001</resumptionToken>
</ListRecords>
</OAI-PMH>`;

describe("parseArxivOai with metadataPrefix=arXiv", () => {
  it("reads category codes (primary first), split author names, dates, DOI and the resumption token", () => {
    const page = parseArxivOai(PAGE, "page.xml");
    expect(page.resumptionToken).toBe("4183214|1001");
    expect(page.items).toHaveLength(1);
    const v = validateItem(page.items[0]!);
    if (!v.ok) throw new Error(v.rejection.reason);
    expect(v.record).toMatchObject({
      arxivId: "2603.01234",
      arxivVersion: null,
      title: 'Learning "Difference Engines": a Study in Mechanical Computation',
      abstract: "We revisit difference engines with $k\\to\\infty$ gears and find that they learn.",
      authors: ["Ada Lovelace", "John Smith Jr", "Collaboration"],
      categories: ["cs.LG", "cs.AI", "stat.ML"],
      publishedAt: "2026-03-02",
      doi: "10.1000/xyz123",
      journalRef: "Proc. Engines 2026, pp 1-12",
      comments: "12 pages, 3 figures; v2 fixes a typo",
    });
  });

  it("rejects a record with neither oai_dc nor arXiv metadata, by record", () => {
    const bare = PAGE.replace(/<metadata>[\s\S]*<\/metadata>/, "<metadata><other/></metadata>");
    expect(parseArxivOai(bare, "page.xml").items[0]).toEqual({
      at: { line: null, record: "record 1" },
      rejection: { field: "metadata", reason: "no oai_dc or arXiv metadata" },
    });
  });
});
