import { useState } from 'preact/hooks';
import { itemPage, revisionPage } from '../lib/outlets/wikidata/endpoints';
import { PROPERTIES, type WikidataStatement, type WikidataValue } from '../lib/outlets/wikidata/entity';
import type { WikidataLookupRecord } from '../lib/store/schema';
import { useWikidata, type WikidataChoice } from './use-wikidata';
import { t } from '../lib/i18n';
import { withParts } from './with-parts';

// "Look this outlet up on Wikidata": the one part of the card that asks the network, and only
// when the reader clicks. What Wikidata said is kept with its date, and refreshed on request.

/** Values shown per statement before "+ N more" (a site in twenty languages). */
const SHOWN_VALUES = 6;

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function Value({ value }: { value: WikidataValue }) {
  const text = value.item ? (
    <a href={itemPage(value.item)} target="_blank" rel="noreferrer">
      {value.text}
    </a>
  ) : /^https?:\/\//.test(value.text) ? (
    <a href={value.text} target="_blank" rel="noreferrer">
      {value.text}
    </a>
  ) : (
    value.text
  );
  return (
    <>
      {text}
      {value.period && <span class="wikidata-period"> ({value.period})</span>}
    </>
  );
}

// Each fact's name in the reader's language, by its property (a saved lookup keeps the English
// name it was fetched with).
const PROPERTY_WORDS = new Map(PROPERTIES.map(([property, , message]) => [property, message]));

function Statement({ statement }: { statement: WikidataStatement }) {
  const words = PROPERTY_WORDS.get(statement.property);
  const shown = statement.values.slice(0, SHOWN_VALUES);
  const more = statement.values.length - shown.length;
  return (
    <>
      <dt>{words ? t(words) : statement.label}</dt>
      <dd>
        {shown.map((value, i) => (
          <span key={`${value.item ?? value.text}-${i}`}>
            {i > 0 && ', '}
            <Value value={value} />
          </span>
        ))}
        {more > 0 && ` ${t('wikidataMore', `${more}`)}`}
      </dd>
    </>
  );
}

function Facts({ record, busy, onRefresh, onOther }: { record: WikidataLookupRecord; busy: boolean; onRefresh: () => void; onOther: () => void }) {
  const { entity } = record;
  return (
    <>
      <p class="wikidata-item">
        <a href={itemPage(entity.id)} target="_blank" rel="noreferrer">
          {entity.label ?? entity.id}
        </a>{' '}
        ({entity.id}){entity.description && ` — ${entity.description}`}
      </p>
      {entity.redirectedFrom && <p class="outlet-details">{t('wikidataMerged', [entity.redirectedFrom, entity.id])}</p>}
      {entity.statements.length > 0 ? (
        <dl class="wikidata-facts">
          {entity.statements.map((s) => (
            <Statement key={s.property} statement={s} />
          ))}
        </dl>
      ) : (
        <p class="outlet-empty">{t('wikidataSaysNothing')}</p>
      )}
      <p class="outlet-source">
        {withParts('wikidataSource', [
          <a href={entity.revision ? revisionPage(entity.id, entity.revision) : itemPage(entity.id)} target="_blank" rel="noreferrer" title={t('wikidataLicence')}>
            {t('wikidataSourceLink', entity.id)}
          </a>,
          entity.modified ? t('wikidataEdited', entity.modified.slice(0, 10)) : t('wikidataDateUnknown'),
          day(record.fetched),
        ])}
      </p>
      <div class="wikidata-actions">
        <button type="button" class="link wikidata-refresh" disabled={busy} onClick={onRefresh}>
          {t('wikidataRefresh')}
        </button>
        {record.chosenBy === 'reader' && (
          <button type="button" class="link" disabled={busy} onClick={onOther}>
            {t('wikidataSearchAgain')}
          </button>
        )}
      </div>
    </>
  );
}

function Choice({
  choice,
  busy,
  onPick,
  onSearch,
  onClose,
}: {
  choice: WikidataChoice;
  busy: boolean;
  onPick: (id: string) => void;
  onSearch: (term: string) => void;
  onClose: () => void;
}) {
  const [term, setTerm] = useState(choice.term);
  return (
    <div class="wikidata-choice">
      {choice.candidates.length > 0 ? (
        <>
          <p>{t('wikidataWhich', choice.term)}</p>
          <ul class="wikidata-candidates">
            {choice.candidates.map((c) => (
              <li key={c.id}>
                <button type="button" class="link wikidata-candidate" disabled={busy} onClick={() => onPick(c.id)}>
                  <span class="wikidata-candidate-label">{c.label}</span> ({c.id}){c.description && <span class="wikidata-candidate-description"> — {c.description}</span>}
                  {c.matchedAlias && <span class="wikidata-candidate-description"> · {t('wikidataAlsoCalled', c.matchedAlias)}</span>}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="outlet-empty">{t('wikidataNoItem', choice.term)}</p>
      )}
      <form
        class="wikidata-search"
        onSubmit={(event) => {
          event.preventDefault();
          onSearch(term);
        }}
      >
        <input aria-label={t('wikidataSearchFor')} value={term} onInput={(e) => setTerm(e.currentTarget.value)} />
        <button type="submit" class="link wikidata-button" disabled={busy || !term.trim()}>
          {t('wikidataSearch')}
        </button>
        <button type="button" class="link" onClick={onClose}>
          {t('wikidataNone')}
        </button>
      </form>
    </div>
  );
}

export interface WikidataLookupProps {
  /** The domain the card files the outlet under: the lookup is kept under it. */
  domain: string;
  /** The outlet's item from the bundled tables, when they know it. */
  tableItem: string | null;
  /** What to search for when they do not. */
  name: string;
}

export function WikidataLookup({ domain, tableItem, name }: WikidataLookupProps) {
  const wd = useWikidata(domain, tableItem, name);
  if (!wd.ready) return null;
  return (
    <div class="outlet-fact outlet-wikidata-lookup">
      <h3 class="outlet-fact-title">{t('wikidataHeading')}</h3>
      {wd.record && !wd.choice && <Facts record={wd.record} busy={wd.busy} onRefresh={wd.refresh} onOther={() => wd.search(name)} />}
      {wd.choice && <Choice choice={wd.choice} busy={wd.busy} onPick={wd.pick} onSearch={wd.search} onClose={wd.closeChoice} />}
      {!wd.record && !wd.choice && (
        <>
          <button type="button" class="link wikidata-button" disabled={wd.busy} onClick={wd.lookUp}>
            {t('wikidataLookUp')}
          </button>
          <p class="outlet-details">{tableItem ? t('wikidataAsksAbout', tableItem) : t('wikidataSearchesFor', name)}</p>
          {!wd.allowed && <p class="outlet-details">{t('wikidataPermission')}</p>}
        </>
      )}
      <p class="wikidata-status" role="status">
        {wd.busy ? t('wikidataAsking') : ''}
      </p>
      {wd.problem && (
        <p class="problem" role="alert">
          {wd.problem}
        </p>
      )}
    </div>
  );
}
