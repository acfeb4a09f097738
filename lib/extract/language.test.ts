import { describe, expect, it } from 'vitest';
import { judgeLanguage } from './language';

const english = 'The mayor said on Tuesday that the new bridge would carry forty thousand cars a day when it opens, and that the city had paid for it from its own budget. '.repeat(
  4,
);
const french =
  "Le maire a déclaré mardi que le nouveau pont porterait quarante mille voitures par jour à son ouverture, et que la ville l'avait payé sur son propre budget. ".repeat(4);
const german =
  'Der Bürgermeister sagte am Dienstag, die neue Brücke werde nach ihrer Eröffnung täglich vierzigtausend Autos tragen, und die Stadt habe sie aus eigenen Mitteln bezahlt. '.repeat(
    4,
  );
const lorem = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam. '.repeat(4);

describe('judgeLanguage', () => {
  it.each([
    ['English, declared', english, 'en-GB', true],
    ['English, declared wrongly as French', english, 'fr', true],
    ['English, undeclared', english, null, true],
    ['a short English text, undeclared', 'Prices rose 4%.', null, true],
  ])('%s: detection runs', (_, text, declared, english) => {
    expect(judgeLanguage(text, declared).english).toBe(english);
  });

  it.each([
    ['French, declared', french, 'fr', 'English only for now: this page is in French'],
    ['German, declared as English', german, 'en', 'English only for now: this page does not read as English'],
    ['German, undeclared', german, null, 'English only for now: this page does not read as English'],
    ['lorem ipsum', lorem, 'en', 'English only for now: this page does not read as English'],
    ['a short text declared Portuguese', 'Tite diz que errou.', 'pt-BR', 'English only for now: this page is in Brazilian Portuguese'],
    ['an unknown language tag', french, 'xx-nonsense', 'English only for now: this page does not read as English'],
  ])('%s: detection is skipped with a reason', (_, text, declared, reason) => {
    expect(judgeLanguage(text, declared)).toMatchObject({ english: false, reason });
  });
});
