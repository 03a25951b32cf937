// Writes the benchmark corpus: `node generate-corpus.mjs --out DIR --size MB [--seeds DIR] [--seed N]`.
//
// Files of 20-200 KB. When a seed folder is given, about a third of the bytes
// (and the first files, which scripts/bench checks against a reference run)
// are the seed articles concatenated in rotating order; the rest is synthetic
// French and English news built from templates and word lists, with people,
// places, organisations, dates, amounts and e-mails. Each file has its own
// seeded RNG, so file k is the same whatever the corpus size.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const outDir = option('--out');
const sizeMb = Number(option('--size', '10'));
const seedsDir = option('--seeds', '');
const baseSeed = Number(option('--seed', '20141224'));
if (!outDir || !(sizeMb > 0)) {
  console.error('usage: generate-corpus.mjs --out DIR --size MB [--seeds DIR] [--seed N]');
  process.exit(2);
}

// mulberry32: small, fast and reproducible.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const W = {
  firstFr: ['Camille', 'Julien', 'Sophie', 'Nicolas', 'Claire', 'Mathieu', 'Élodie', 'François', 'Amélie', 'Olivier',
    'Hélène', 'Thierry', 'Nathalie', 'Sébastien', 'Isabelle', 'Laurent', 'Chloé', 'Antoine', 'Margaux', 'Benoît',
    'Aurélie', 'Grégoire', 'Léa', 'Rémi', 'Agnès', 'Yannick', 'Inès', 'Karim', 'Fatou', 'Jérôme'],
  lastFr: ['Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Fontaine', 'Rousseau', 'Chevalier', 'Garnier', 'Lambert',
    'Faure', 'Mercier', 'Blanchard', 'Perrin', 'Morel', 'Gauthier', 'Bonnet', 'Lemoine', 'Renaud', 'Barbier',
    'Brunet', 'Marchand', 'Dufour', 'Benali', 'Traoré', 'Nguyen', 'Roche', 'Vasseur', 'Carpentier', 'Leclerc', 'Aubert'],
  firstEn: ['James', 'Emily', 'Michael', 'Sarah', 'David', 'Laura', 'Robert', 'Olivia', 'Daniel', 'Hannah', 'Thomas',
    'Rachel', 'Andrew', 'Megan', 'Christopher', 'Jessica', 'Matthew', 'Rebecca', 'Jonathan', 'Grace', 'Samuel',
    'Victoria', 'Benjamin', 'Natalie', 'Patrick', 'Priya', 'Kwame', 'Mei', 'Diego', 'Aisha'],
  lastEn: ['Anderson', 'Whitaker', 'Harrington', 'Collins', 'Brennan', 'Fletcher', 'Morrison', 'Caldwell', 'Hughes',
    'Sullivan', 'Bennett', 'Lawson', 'Prescott', 'Gallagher', 'Holloway', 'Kendrick', 'Thornton', 'Mitchell',
    'Chambers', 'Patel', 'Okafor', 'Chen', 'Ramirez', 'Donovan', 'Fitzgerald', 'Reynolds', 'Hartley', 'Sinclair',
    'Waverly', 'Ashford'],
  placesFr: ['Paris', 'Lyon', 'Marseille', 'Bordeaux', 'Toulouse', 'Lille', 'Nantes', 'Strasbourg', 'Rennes', 'Grenoble',
    'Montpellier', 'Bruxelles', 'Genève', 'Berlin', 'Madrid', 'Rome', 'Londres', 'Tokyo', 'Séoul', 'Pékin',
    'Washington', 'New York', 'Los Angeles', 'Dakar', 'Abidjan', 'Montréal', 'la Corée du Sud', 'le Japon',
    "l'Allemagne", "l'Espagne", 'le Canada', 'le Sénégal'],
  placesEn: ['London', 'Manchester', 'Edinburgh', 'Dublin', 'New York', 'Chicago', 'Boston', 'Seattle', 'San Francisco',
    'Los Angeles', 'Washington', 'Toronto', 'Sydney', 'Singapore', 'Hong Kong', 'Tokyo', 'Seoul', 'Paris', 'Berlin',
    'Brussels', 'Nairobi', 'Lagos', 'Mumbai', 'Texas', 'California', 'Japan', 'Germany', 'South Korea', 'Brazil',
    'Canada'],
  orgsFr: ['la Banque de France', 'le ministère de la Culture', 'Air France', 'la SNCF', 'Renault', 'TotalEnergies',
    "l'Assemblée nationale", 'le Sénat', 'la Commission européenne', "l'Agence France-Presse", 'Radio France',
    'Orange', 'la Cour des comptes', 'le Conseil constitutionnel', "l'université de Bordeaux", 'Médecins sans frontières',
    'la CGT', 'le CNRS', "l'Insee", 'BNP Paribas', 'Ubisoft', 'le Crédit Agricole'],
  orgsEn: ['the Federal Reserve', 'Microsoft', 'Sony Pictures', 'the European Central Bank', 'Goldman Sachs',
    'the United Nations', 'Amazon', 'the Department of Justice', 'the World Health Organization', 'Reuters', 'the BBC',
    'Harvard University', 'the Bank of England', 'General Motors', 'the FBI', 'Netflix', 'the IMF', 'Pfizer',
    'the Senate Judiciary Committee', 'Greenpeace', 'Boeing', 'Oxfam'],
  rolesFr: ['le ministre', 'la directrice', 'le porte-parole', "l'avocat", 'la présidente', "l'économiste",
    'le maire', 'la députée', 'le syndicaliste', 'la chercheuse', 'le procureur', 'la journaliste'],
  rolesEn: ['chief executive', 'spokeswoman', 'senator', 'analyst', 'lawyer', 'mayor', 'professor', 'economist',
    'prosecutor', 'chairman', 'correspondent', 'director'],
  topicsFr: ['la réforme des retraites', 'la sécurité informatique', 'le prix de l’énergie', 'la politique migratoire',
    'le budget de la culture', 'la transition écologique', 'les salaires dans la fonction publique',
    'la cyberattaque', 'le marché immobilier', 'la santé publique', 'l’intelligence artificielle', 'le chômage'],
  topicsEn: ['the pension reform', 'cyber security', 'energy prices', 'immigration policy', 'the film industry',
    'climate targets', 'public sector pay', 'the data breach', 'the housing market', 'public health',
    'artificial intelligence', 'unemployment'],
  verbsFr: ['a annoncé', 'a déclaré', 'a confirmé', 'a démenti', 'a estimé', 'a rappelé', 'a reconnu', 'a affirmé'],
  verbsEn: ['said', 'announced', 'confirmed', 'denied', 'argued', 'warned', 'acknowledged', 'told reporters'],
  monthsFr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
    'novembre', 'décembre'],
  monthsEn: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'],
  daysFr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  daysEn: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  domains: ['example.org', 'presse.fr', 'newsroom.com', 'redaction.fr', 'agency.co.uk', 'mail.example.net'],
  fillFr: ['Selon plusieurs sources proches du dossier,', 'Dans un communiqué publié dans la soirée,',
    'Interrogé par nos soins,', 'De son côté,', 'Par ailleurs,', 'Quelques heures plus tard,', 'Dans la foulée,'],
  fillEn: ['According to people familiar with the matter,', 'In a statement released late on', 'Asked about it,',
    'Meanwhile,', 'Separately,', 'Hours later,', 'In a separate development,'],
};

const TEMPLATES = {
  fr: [
    '{PERSON}, {ROLE} de {ORG}, {VERB} {DAY} à {PLACE} que {TOPIC} restait une priorité.',
    '{FILL} {ORG} {VERB} un plan de {AMOUNT} pour {TOPIC}.',
    'Le {DATE}, {PERSON} a rencontré {PERSON2} à {PLACE} pour évoquer {TOPIC}.',
    '« Nous ne céderons pas », {VERB} {PERSON} devant les journalistes réunis à {PLACE}.',
    'Les chiffres publiés par {ORG} font état d’une hausse de {PCT} sur un an.',
    'Contactée par courriel ({EMAIL}), {ORG} n’a pas souhaité commenter.',
    '{PERSON} doit être entendu par {ORG} avant le {DATE}.',
    'Selon {PERSON}, {TOPIC} coûtera près de {AMOUNT} d’ici {YEAR}.',
    'À {PLACE}, quelque {NUM} personnes ont manifesté {DAY} contre {TOPIC}.',
    '{FILL} {PERSON2} a rappelé que {ORG} avait déjà versé {AMOUNT} en {YEAR}.',
    'La réunion entre {ORG} et {ORG2} s’est tenue à {PLACE} le {DATE}.',
    '{PERSON} ({AGE} ans), ancien collaborateur de {PERSON2}, {VERB} son départ de {ORG}.',
    'Le dossier sera examiné par {ORG} à partir du {DATE}, a précisé {PERSON}.',
    'Pour {PERSON2}, « {TOPIC} ne se réglera pas en un jour ».',
  ],
  en: [
    '{PERSON}, the {ROLE} of {ORG}, {VERB} on {DAY} in {PLACE} that {TOPIC} remained a priority.',
    '{FILL} {ORG} {VERB} a {AMOUNT} plan to address {TOPIC}.',
    'On {DATE}, {PERSON} met {PERSON2} in {PLACE} to discuss {TOPIC}.',
    '"We will not back down," {PERSON} {VERB} in {PLACE}.',
    'Figures released by {ORG} show a {PCT} rise over the year.',
    'Reached by e-mail at {EMAIL}, {ORG} declined to comment.',
    '{PERSON} is expected to testify before {ORG} by {DATE}.',
    'According to {PERSON}, {TOPIC} will cost about {AMOUNT} by {YEAR}.',
    'In {PLACE}, some {NUM} people protested on {DAY} against {TOPIC}.',
    '{FILL} {PERSON2} noted that {ORG} had already paid {AMOUNT} in {YEAR}.',
    'The meeting between {ORG} and {ORG2} took place in {PLACE} on {DATE}.',
    '{PERSON}, {AGE}, a former adviser to {PERSON2}, {VERB} that {SHE} would leave {ORG}.',
    'The case will be heard by {ORG} from {DATE}, {PERSON} said.',
    'For {PERSON2}, "{TOPIC} will not be fixed overnight."',
  ],
};

function makeGenerator(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

  function article(lang) {
    const fr = lang === 'fr';
    const people = Array.from({ length: int(3, 6) }, () => {
      const useFr = random() < (fr ? 0.75 : 0.25);
      return `${pick(useFr ? W.firstFr : W.firstEn)} ${pick(useFr ? W.lastFr : W.lastEn)}`;
    });
    const orgs = Array.from({ length: int(2, 4) }, () => pick(fr ? W.orgsFr : W.orgsEn));
    const places = Array.from({ length: int(2, 4) }, () => pick(fr ? W.placesFr : W.placesEn));
    const year = int(2008, 2024);
    const date = () => (fr ? `${int(1, 28)} ${pick(W.monthsFr)} ${year}` : `${pick(W.monthsEn)} ${int(1, 28)}, ${year}`);
    const amount = () => {
      const n = int(2, 950);
      if (fr) return random() < 0.5 ? `${n} millions d’euros` : `${n},${int(1, 9)} milliards de dollars`;
      return random() < 0.5 ? `$${n} million` : `£${n}.${int(1, 9)} billion`;
    };
    const mentioned = new Map();  // a person named in full once, then often by surname
    const person = () => {
      const full = pick(people);
      if (mentioned.has(full) && random() < 0.5) return full.split(' ').slice(1).join(' ');
      mentioned.set(full, true);
      return full;
    };
    const email = () => {
      const [first, last] = pick(people).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(' ');
      return `${first}.${last}@${pick(W.domains)}`;
    };
    const fill = (template) =>
      template.replace(/\{(\w+)\}/g, (_, slot) => {
        switch (slot) {
          case 'PERSON': case 'PERSON2': return person();
          case 'ORG': case 'ORG2': return pick(orgs);
          case 'PLACE': return pick(places);
          case 'ROLE': return pick(fr ? W.rolesFr : W.rolesEn);
          case 'VERB': return pick(fr ? W.verbsFr : W.verbsEn);
          case 'DAY': return pick(fr ? W.daysFr : W.daysEn);
          case 'TOPIC': return pick(fr ? W.topicsFr : W.topicsEn);
          case 'FILL': return pick(fr ? W.fillFr : W.fillEn);
          case 'DATE': return date();
          case 'YEAR': return String(year + int(0, 3));
          case 'AMOUNT': return amount();
          case 'PCT': return fr ? `${int(1, 40)},${int(0, 9)} %` : `${int(1, 40)}.${int(0, 9)}%`;
          case 'NUM': return fr ? `${int(2, 90)} ${String(int(0, 999)).padStart(3, '0')}` : `${int(2, 90)},${String(int(0, 999)).padStart(3, '0')}`;
          case 'AGE': return String(int(24, 81));
          case 'EMAIL': return email();
          case 'SHE': return pick(['she', 'he']);
          default: return slot;
        }
      });
    const templates = TEMPLATES[lang];
    const title = cap(fill(pick(templates)).replace(/[.»"]+$/, ''));
    const dateline = fr
      ? `${pick(places).replace(/^(la|le|l') ?/, '').toUpperCase()}, ${date()} (AFP) –`
      : `${pick(places).toUpperCase()}, ${date()} (Reuters) -`;
    const paragraphs = [];
    for (let p = int(4, 9); p > 0; --p) {
      const sentences = [];
      for (let s = int(2, 5); s > 0; --s) sentences.push(cap(fill(pick(templates))));
      paragraphs.push(sentences.join(' '));
    }
    paragraphs[0] = `${dateline} ${paragraphs[0]}`;
    return `${title}\n\n${paragraphs.join('\n\n')}\n`;
  }
  return { article, int, random };
}

function seedBundle(seeds, index, target) {
  // The seed articles in an order rotated by the file index, repeated up to the target size.
  const parts = [];
  let bytes = 0;
  for (let k = 0; bytes < target; ++k) {
    const seed = seeds[(index + k) % seeds.length];
    parts.push(seed);
    bytes += Buffer.byteLength(seed) + 2;
  }
  return parts.join('\n\n');
}

const seeds = seedsDir
  ? readdirSync(seedsDir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => readFileSync(path.join(seedsDir, f), 'utf8'))
  : [];
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const targetBytes = sizeMb * 1_000_000;
let total = 0;
let seedBytes = 0;
for (let index = 0; total < targetBytes; ++index) {
  const g = makeGenerator(rng(baseSeed ^ Math.imul(index + 1, 0x9e3779b1)));
  // Log-uniform size in 20-200 KB, never past the target.
  const size = Math.min(Math.round(20_000 * Math.pow(10, g.random())), Math.max(targetBytes - total, 2_000));
  // The first five files are seed bundles, then about a third of the bytes.
  const fromSeeds = seeds.length > 0 && (index < 5 || seedBytes < (total + size) / 3);
  let text;
  if (fromSeeds) {
    text = seedBundle(seeds, index, size);
  } else {
    const lang = g.random() < 0.5 ? 'fr' : 'en';
    const articles = [];
    let bytes = 0;
    while (bytes < size) {
      const a = g.article(lang);
      articles.push(a);
      bytes += Buffer.byteLength(a) + 1;
    }
    text = articles.join('\n');
  }
  const name = `doc-${String(index).padStart(5, '0')}-${fromSeeds ? 'seed' : 'news'}.txt`;
  writeFileSync(path.join(outDir, name), text);
  const bytes = Buffer.byteLength(text);
  total += bytes;
  if (fromSeeds) seedBytes += bytes;
}
console.log(JSON.stringify({ dir: outDir, bytes: total, seedBytes }));
