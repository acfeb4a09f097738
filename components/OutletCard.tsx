import { useMemo } from 'preact/hooks';
import type { PageAnnotation } from '../lib/messages';
import type { ArticleMeta } from '../lib/model';
import type { OutletProfile, ReliabilityEntry } from '../lib/outlets/profile';
import type { Provenance } from '../lib/outlets/provenance';
import { domainOf } from '../lib/outlets/source-list';
import { OwnOutlet } from './OwnOutlet';
import { SourceLedgerView } from './SourceLedger';
import { useOutlet, type OutletState } from './use-outlet';
import { WikidataLookup } from './WikidataLookup';
import { t } from '../lib/i18n';
import { withParts } from './with-parts';
import './outlet-card.css';

// Who publishes the page: what the page says about itself (publisher, kind of piece), then what
// open tables say about the outlet, each fact with its source, date and licence.

/** `Source: Title (2026-04-18, CC BY-SA 4.0)`, linked, with the attribution the licence asks for on hover. */
function SourceLine({ source }: { source: Provenance }) {
  return (
    <p class="outlet-source">
      {withParts('outletSource', [
        <a href={source.url} target="_blank" rel="noreferrer" title={source.attribution}>
          {source.title}
        </a>,
        source.date,
        source.licence,
      ])}
    </p>
  );
}

function Reliability({ entry, attribution }: { entry: ReliabilityEntry; attribution: string }) {
  return (
    <li class="outlet-rsp">
      <span class={`rsp rsp-${entry.status.replace(/[^a-z]/g, '') || 'm'}`}>{entry.statusLabel}</span>
      {entry.qualifier && <span class="outlet-qualifier"> ({entry.qualifier})</span>}
      {entry.lastDiscussed && <span class="outlet-when"> · {t('outletLastDiscussed', entry.lastDiscussed)}</span>}
      <details class="outlet-summary">
        <summary>{t('outletWikipediaSummary')}</summary>
        <p>{entry.summary}</p>
        <a href={entry.url} target="_blank" rel="noreferrer">
          {t('outletWikipediaEntry')}
        </a>
        <p class="outlet-attribution">{attribution}</p>
      </details>
    </li>
  );
}

function Facts({ profile }: { profile: OutletProfile }) {
  const { wikidata, reliability, stateMedia, newspaper } = profile;
  const paperFacts =
    newspaper &&
    [newspaper.owner && t('outletOwner', newspaper.owner), newspaper.country, newspaper.language, newspaper.founded && t('outletFounded', `${newspaper.founded}`)].filter(
      (f): f is string => Boolean(f),
    );
  return (
    <>
      {wikidata && (
        <div class="outlet-fact outlet-wikidata">
          <p>
            {withParts('outletWikidata', [
              <a href={`https://www.wikidata.org/wiki/${wikidata.id}`} target="_blank" rel="noreferrer">
                {wikidata.id}
              </a>,
              wikidata.name,
            ])}
          </p>
          <SourceLine source={wikidata.source} />
        </div>
      )}
      {reliability && (
        <div class="outlet-fact outlet-reliability">
          <h3 class="outlet-fact-title">{t('outletReliableSources')}</h3>
          <ul class="outlet-rsps">
            {reliability.entries.map((entry) => (
              <Reliability key={entry.url + entry.entry} entry={entry} attribution={reliability.source.attribution} />
            ))}
          </ul>
          <SourceLine source={reliability.source} />
        </div>
      )}
      {stateMedia && (
        <div class="outlet-fact outlet-state">
          <h3 class="outlet-fact-title">{t('outletStateMedia')}</h3>
          <p>
            <span class="outlet-typology">{stateMedia.label}</span>
            {stateMedia.owner && ` — ${stateMedia.owner}`}
            {stateMedia.country && `, ${stateMedia.country}`}
          </p>
          <SourceLine source={stateMedia.source} />
        </div>
      )}
      {paperFacts && paperFacts.length > 0 && newspaper && (
        <div class="outlet-fact outlet-newspaper">
          <p>{paperFacts.join(' · ')}</p>
          <SourceLine source={newspaper.source} />
        </div>
      )}
    </>
  );
}

/** The domain the reader's own layer files the outlet under: the table key that matched, else the registrable domain. */
const domain = (host: string, profile: OutletProfile | null): string => profile?.domain ?? domainOf(host) ?? host;

export interface OutletCardProps {
  article: ArticleMeta;
  outlet: OutletState;
}

export function OutletCard({ article, outlet }: OutletCardProps) {
  const lookup = outlet.phase === 'found' ? outlet.lookup : null;
  const profile = lookup?.profile ?? null;
  const name = profile?.name ?? article.siteName ?? lookup?.host ?? t('outletThisOutlet');
  return (
    <section class="section outlet" aria-label={t('outletHeading')}>
      <h2 class="section-title">{t('outletHeading')}</h2>
      <div class="outlet-head">
        <span class="outlet-name">{name}</span>
        {article.genre && <span class="genre">{article.genre}</span>}
      </div>
      {((lookup?.host && lookup.host !== name) || (article.siteName && article.siteName !== name)) && (
        <p class="outlet-details">
          {[lookup?.host !== name && lookup?.host, article.siteName && article.siteName !== name && t('outletCallsItself', article.siteName)].filter(Boolean).join(' · ')}
        </p>
      )}
      {lookup?.servedFrom && <p class="outlet-served">{t('outletServedFrom', [lookup.servedFrom, lookup.host ?? ''])}</p>}
      {outlet.phase === 'looking' && <p class="outlet-empty">{t('outletLooking')}</p>}
      {outlet.phase === 'failed' && <p class="problem">{outlet.message}</p>}
      {lookup && !profile && <p class="outlet-empty">{t('outletNoData')}</p>}
      {profile && <Facts profile={profile} />}
      {lookup?.host && (
        <>
          <WikidataLookup domain={domain(lookup.host, profile)} tableItem={profile?.wikidata?.id ?? profile?.newspaper?.wikidataId ?? null} name={name} />
          <OwnOutlet domain={domain(lookup.host, profile)} />
        </>
      )}
    </section>
  );
}

/** The card and the ledger for a page, looked up by its canonical address and the tab's; nothing when it has neither. */
export function OutletSection({ annotation, pageUrl }: { annotation: PageAnnotation; pageUrl: string | null }) {
  const { article } = annotation;
  const address = article.canonicalUrl || pageUrl ? { canonicalUrl: article.canonicalUrl, pageUrl } : null;
  // The same object for the life of the annotation, so the worker is asked once.
  const ledgerInput = useMemo(() => (annotation.text === undefined ? null : { text: annotation.text, quotes: annotation.quotes, links: annotation.links ?? [] }), [annotation]);
  const outlet = useOutlet(address, ledgerInput);
  if (!address) return null;
  return (
    <>
      <OutletCard article={article} outlet={outlet} />
      {outlet.phase === 'found' && outlet.sources && <SourceLedgerView ledger={outlet.sources} />}
    </>
  );
}
