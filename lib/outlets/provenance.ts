// Where each table's facts come from, shown beside every fact the outlet card gives.

export interface Provenance {
  title: string;
  url: string;
  /** The data's date: the snapshot or commit the table was built from. */
  date: string;
  licence: string;
  attribution: string;
}

export const NEWSSITES: Provenance = {
  title: 'News sites and their Wikidata items (SLING)',
  url: 'https://github.com/ringgaard/sling/blob/ce7087b9b8f5a69fdcdc5494815becef46af9314/data/crawl/newssites.txt',
  date: '2021-11-27',
  licence: 'Apache-2.0',
  attribution: 'Ringgaard Research ApS, SLING news-site list (Apache License 2.0).',
};

const RSP_PAGE = 'https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources';

/** One per snapshot: entries of the 2021 gap-fill carry their own date. */
export const perennialSources = (snapshot: string): Provenance => ({
  title: 'Wikipedia: Reliable sources/Perennial sources',
  url: RSP_PAGE,
  date: snapshot,
  licence: 'CC BY-SA 4.0',
  attribution:
    'Source reliability status and summary from "Wikipedia:Reliable sources/Perennial sources", English Wikipedia, by Wikipedia contributors, licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Modified: parsed from wikitext, markup removed, split per domain.',
});

export const STATE_MEDIA: Provenance = {
  title: 'State Media Monitor typology (State Media Monitor / ASD-GMF)',
  url: 'https://statemediamonitor.com/typology/',
  date: '2024-02-07',
  licence: 'MIT',
  attribution:
    'State Media Monitor (Media and Journalism Research Center) / Alliance for Securing Democracy (GMF), state-media-profiles, MIT License, Copyright (c) 2023 ASD-at-GMF.',
};

export const WIKIDATA_NEWSPAPERS: Provenance = {
  title: 'Wikidata (newspapers extract)',
  url: 'https://www.wikidata.org/',
  date: '2023-04',
  licence: 'CC0 1.0',
  attribution: 'Data from Wikidata (CC0).',
};
