import { expect, test } from 'vitest';
import { cleanByline, cleanTitle, domainOf, siteLabel } from './article-meta';

test.each<[string | null, string | null]>([
  ['By Erin Cunningham', 'Erin Cunningham'],
  ['by\n                        Nathan Tempey', 'Nathan Tempey'],
  ['By Jane Doe Twitter', 'Jane Doe'],
  ['Jane Doe 5 Min Read', 'Jane Doe'],
  ['By Jane Doe | 5-min read', 'Jane Doe'],
  ['Jane Doe @janedoe', 'Jane Doe'],
  ['Jane Doe and John Roe', 'Jane Doe and John Roe'],
  ['Written by: Ann Lee, Follow on Twitter', 'Ann Lee'],
  ['BBC News', 'BBC News'],
  ['By', null],
  [null, null],
])('cleanByline(%j) = %j', (byline, clean) => expect(cleanByline(byline)).toBe(clean));

test.each<[string, string | null, string | null, string]>([
  ['Attack stokes fears - The Washington Post', 'Washington Post', 'washingtonpost.com', 'Attack stokes fears'],
  ['Markets fall | Reuters', null, 'reuters.com', 'Markets fall'],
  ['Obama on guns — BBC News', 'BBC News', 'bbc.com', 'Obama on guns'],
  ['Helter Shelter: NYC’s shelters are gone', null, 'gothamist.com', 'Helter Shelter: NYC’s shelters are gone'],
  ['Ukraine - a war of attrition', 'The Guardian', 'theguardian.com', 'Ukraine - a war of attrition'],
  ['Budget deal - NYTimes.com', null, 'nytimes.com', 'Budget deal'],
])('cleanTitle(%j) = %j', (title, siteName, domain, clean) => expect(cleanTitle(title, siteName, domain)).toBe(clean));

test.each<[string | null, string | null]>([
  ['https://www.reuters.com/world/x', 'reuters.com'],
  ['http://127.0.0.1:8080/a', '127.0.0.1'],
  ['chrome://extensions', null],
  ['not a url', null],
  [null, null],
])('domainOf(%j) = %j', (url, domain) => expect(domainOf(url)).toBe(domain));

test.each<[string | null, string | null, string | null]>([
  ['Reuters', 'reuters.com', 'Reuters (reuters.com)'],
  ['reuters.com', 'reuters.com', 'reuters.com'],
  [null, 'wsws.org', 'wsws.org'],
  ['World Socialist Web Site', null, 'World Socialist Web Site'],
  [null, null, null],
])('siteLabel(%j, %j) = %j', (name, domain, label) => expect(siteLabel(name, domain)).toBe(label));
