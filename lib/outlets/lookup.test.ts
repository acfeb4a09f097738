import { describe, expect, test } from 'vitest';
import { outletKeys } from './domain';
import { outletIndex } from './load-tables';
import { lookupOutlet } from './lookup';

const at = (canonicalUrl: string | null, pageUrl: string | null = canonicalUrl) => lookupOutlet({ canonicalUrl, pageUrl }, outletIndex());

describe('outlet keys', () => {
  test('the host without www., then the registrable domain by the Public Suffix List', () => {
    expect(outletKeys('https://www.news.bbc.co.uk/x')?.keys).toEqual(['news.bbc.co.uk', 'bbc.co.uk']);
    expect(outletKeys('https://www.wsws.org/en/articles')?.keys).toEqual(['wsws.org']);
    expect(outletKeys('https://someone.blogspot.com/p')?.keys).toEqual(['someone.blogspot.com']);
    expect(outletKeys('http://127.0.0.1:8080/page.html')).toBeNull();
    expect(outletKeys('not a url')).toBeNull();
  });
});

describe('the example pages', () => {
  test('wsws.org: World Socialist Web Site, its Wikidata id and Wikipedia’s status and summary', () => {
    const { profile, host } = at('https://www.wsws.org/en/articles/2024/05/20/pers-m20.html');
    expect(host).toBe('wsws.org');
    expect(profile?.name).toBe('World Socialist Web Site');
    expect(profile?.wikidata?.id).toBe('Q1377139');
    expect(profile?.wikidata?.source.licence).toBe('Apache-2.0');
    const [entry] = profile?.reliability?.entries ?? [];
    expect(entry?.status).toBe('nc');
    expect(entry?.summary).toMatch(/World Socialist Web Site is the online news/);
    expect(entry?.url).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\/Wikipedia:Reliable_sources\/Perennial_sources#/);
    expect(profile?.reliability?.source).toMatchObject({ licence: 'CC BY-SA 4.0', date: '2026-04-18' });
  });

  test('globalresearch.ca: Wikipedia’s "generally unreliable" status and summary', () => {
    const { profile } = at('https://www.globalresearch.ca/nato-troops/5855552');
    expect(profile?.reliability?.entries[0]).toMatchObject({ status: 'gu', statusLabel: 'Generally unreliable' });
    expect(profile?.reliability?.entries[0]?.summary).toMatch(/conspiracy theories/);
    expect(profile?.wikidata).toBeNull();
  });
});

describe('state-media typology', () => {
  test.each(['https://www.bbc.co.uk/news/world-us-canada-35248634', 'https://www.bbc.com/news', 'https://news.bbc.co.uk/2/hi/', 'https://www.npr.org/2024/01/01/x'])(
    '%s is independent public media, with the typology’s own label',
    (url) => {
      const state = at(url).profile?.stateMedia;
      expect(state?.typology).toBe('IP');
      expect(state?.label).toMatch(/^Independent public media\b/);
      expect(state?.source.attribution).toMatch(/State Media Monitor/);
    },
  );

  test('RT is state-controlled media', () => {
    expect(at('https://www.rt.com/news/1/').profile?.stateMedia?.label).toMatch(/^State-controlled media/);
  });
});

describe('lookups', () => {
  test('the full host is tried before the registrable domain (abcnews.go.com is ABC News)', () => {
    const { profile } = at('https://abcnews.go.com/Politics/story');
    expect(profile?.domain).toBe('abcnews.go.com');
    expect(profile?.wikidata?.id).toBe('Q287171');
  });

  test('a sister item of the newspapers extract is not shown as the outlet', () => {
    const nyt = at('https://www.nytimes.com/2024/01/01/us/x.html').profile;
    expect(nyt?.wikidata?.id).toBe('Q9684');
    expect(nyt?.newspaper).toBeNull();
    expect(at('https://www.latimes.com/x').profile?.newspaper).toMatchObject({ wikidataId: 'Q188515', name: 'Los Angeles Times' });
  });

  test('the canonical address names the outlet; a different tab address is where it was served from', () => {
    const found = at('https://www.wsws.org/en/articles/x.html', 'http://127.0.0.1:5173/dev/wsws-nato-troops.html');
    expect(found.profile?.name).toBe('World Socialist Web Site');
    expect(found.servedFrom).toBe('127.0.0.1');
    expect(at('https://www.bbc.co.uk/news/x', 'https://www.bbc.co.uk/news/x?share=1').servedFrom).toBeNull();
  });

  test('the tab address is used when the canonical one is unknown or missing', () => {
    expect(at('https://unknown-syndicator.example/x', 'https://www.wsws.org/en/x').profile?.name).toBe('World Socialist Web Site');
    expect(at(null, 'https://www.globalresearch.ca/x').profile?.reliability?.entries[0]?.status).toBe('gu');
  });

  test('an outlet in no table has no profile, and the host to name it by', () => {
    expect(at('https://infobrics.org/post/1')).toEqual({ host: 'infobrics.org', profile: null, servedFrom: null });
    expect(at(null, 'about:blank')).toEqual({ host: null, profile: null, servedFrom: null });
  });
});
