import type { Localized } from '../types.js';
import { DOCUMENT_PARTS, TENDER_TYPES } from '../types.js';

/**
 * The front-matter schema (documented in docs/front-matter.md), in one place. Validation, the generated JSON
 * Schema, the key table of docs/front-matter.md and the documentation shown on hover and completion all read
 * this table.
 */
export type ValueSchema =
  | { kind: 'string' }
  /** `open`: another value is accepted with a warning (and a "did you mean" when one is close). */
  | { kind: 'enum'; values: readonly string[]; open?: boolean }
  | { kind: 'date' }
  | { kind: 'time' }
  | { kind: 'amount' }
  | { kind: 'integer'; minimum?: number; maximum?: number }
  | { kind: 'number'; minimum?: number; maximum?: number }
  | { kind: 'boolean' }
  | { kind: 'object'; fields: Record<string, FieldSchema> }
  | { kind: 'list'; items: ValueSchema }
  | { kind: 'choice'; options: readonly ValueSchema[] };

export interface FieldSchema {
  value: ValueSchema;
  description: Localized;
  /** Citation ids of the provisions that use this key. */
  citations: readonly string[];
}

const field = (value: ValueSchema, fr: string, en: string, ...citations: string[]): FieldSchema => ({
  value,
  description: { fr, en },
  citations,
});

const text: ValueSchema = { kind: 'string' };
const date: ValueSchema = { kind: 'date' };
const time: ValueSchema = { kind: 'time' };
const amount: ValueSchema = { kind: 'amount' };
const bool: ValueSchema = { kind: 'boolean' };
const object = (fields: Record<string, FieldSchema>): ValueSchema => ({ kind: 'object', fields });
const oneOf = (...values: string[]): ValueSchema => ({ kind: 'enum', values });

const AGREEMENTS = ['ACI', 'ALEC', 'AQNB', 'ACCQO', 'AECG', 'AMP-OMC'] as const;

const placeDateTime = (what: Localized, citation: string): ValueSchema =>
  object({
    date: field(date, `Date ${what.fr} (AAAA-MM-JJ).`, `${what.en} date (YYYY-MM-DD).`, citation),
    heure: field(time, `Heure ${what.fr} (HH:MM).`, `${what.en} time (HH:MM).`, citation),
    lieu: field(text, `Lieu ${what.fr}.`, `${what.en} place.`, citation),
  });

/**
 * Top-level keys that Markdown publishing tools give a page: a tender kept in a documentation site, a notes vault or a
 * pandoc build carries them beside the tender's keys. They are the tool's, not misspelt keys of the tender: accepted
 * without a warning, unless the file lacks the tender key one is close to (`title` without `titre`: did you mean).
 */
export const PUBLISHING_TOOL_KEYS: Readonly<Record<string, readonly string[]>> = {
  'MkDocs (Material)': ['title', 'description', 'tags', 'hide', 'template', 'icon', 'status', 'search', 'authors', 'comments'],
  // Not `date`: in a tender it may well mean the date of publication (`diffusion`), and stays a warning.
  Jekyll: ['layout', 'permalink', 'categories', 'published', 'excerpt'],
  Hugo: ['draft', 'weight', 'slug', 'aliases', 'lastmod', 'summary', 'keywords', 'toc', 'menu'],
  // The docs plugin's front matter (docusaurus.io/docs/api/plugins/@docusaurus/plugin-content-docs#markdown-front-matter).
  Docusaurus: [
    ...['id', 'title', 'description', 'keywords', 'image', 'slug', 'tags', 'draft', 'unlisted', 'last_update', 'custom_edit_url'],
    ...['sidebar_label', 'sidebar_position', 'sidebar_class_name', 'sidebar_custom_props', 'sidebar_key', 'displayed_sidebar'],
    ...['hide_title', 'hide_table_of_contents', 'toc_min_heading_level', 'toc_max_heading_level', 'parse_number_prefixes'],
    ...['pagination_label', 'pagination_next', 'pagination_prev'],
  ],
  // Starlight (starlight.astro.build/reference/frontmatter).
  'Astro Starlight': [
    'title',
    'description',
    'slug',
    'editUrl',
    'head',
    'tableOfContents',
    'template',
    'hero',
    'banner',
    'lastUpdated',
    'prev',
    'next',
    'pagefind',
    'draft',
    'sidebar',
  ],
  // VitePress (vitepress.dev/reference/frontmatter-config).
  VitePress: [
    ...['title', 'titleTemplate', 'description', 'head', 'layout', 'hero', 'features', 'navbar', 'sidebar', 'aside', 'outline'],
    ...['lastUpdated', 'editLink', 'footer', 'pageClass', 'prev', 'next'],
  ],
  // Eleventy's template configuration keys (11ty.dev/docs/data-configuration/), `date` left out as for Jekyll.
  Eleventy: [
    ...['permalink', 'layout', 'pagination', 'tags', 'templateEngineOverride', 'eleventyExcludeFromCollections', 'eleventyComputed'],
    ...['eleventyNavigation', 'eleventyDataSchema', 'dynamicPermalink'],
  ],
  Obsidian: ['aliases', 'cssclasses', 'tags'],
  // A tender presented as slides: Marp's directives (marpit-api.marp.app, module markdown/directives/directives; Marp
  // Core's `marp`, `size`, `math`; Marp CLI's metadata) and Slidev's headmatter (sli.dev/custom).
  Marp: [
    ...['marp', 'theme', 'style', 'headingDivider', 'lang', 'size', 'math', 'title', 'description', 'author', 'keywords', 'url'],
    ...['image', 'paginate', 'header', 'footer', 'class', 'color', 'backgroundColor', 'backgroundImage', 'backgroundPosition'],
    ...['backgroundRepeat', 'backgroundSize'],
  ],
  Slidev: [
    ...['theme', 'addons', 'title', 'titleTemplate', 'info', 'author', 'keywords', 'presenter', 'download', 'exportFilename'],
    ...['export', 'highlighter', 'lineNumbers', 'monaco', 'remoteAssets', 'selectable', 'record', 'contextMenu', 'wakeLock'],
    ...['colorSchema', 'routerMode', 'aspectRatio', 'canvasWidth', 'themeConfig', 'favicon', 'fonts', 'defaults', 'drawings'],
    ...['htmlAttrs', 'transition', 'mdc', 'layout', 'background', 'class'],
  ],
  // Quarto's document options (quarto.org/docs/reference/formats/html), `date` left out as for Jekyll.
  'Pandoc, Quarto': [
    ...['author', 'lang', 'subtitle', 'abstract', 'keywords', 'format', 'date-modified', 'categories', 'toc', 'toc-title'],
    ...['number-sections', 'bibliography', 'image', 'order'],
  ],
};

const PUBLISHING_KEYS: ReadonlySet<string> = new Set(Object.values(PUBLISHING_TOOL_KEYS).flat());

/** Whether a top-level key is one a Markdown publishing tool defines (PUBLISHING_TOOL_KEYS). */
export function isPublishingToolKey(key: string): boolean {
  return PUBLISHING_KEYS.has(key);
}

export const FRONT_MATTER_SCHEMA: Record<string, FieldSchema> = {
  type: field(
    oneOf(...TENDER_TYPES),
    "Genre de document : appel d'offres complet, avis seul, addenda, avis de qualification, ou autre partie des documents d'appel d'offres d'un dossier (document, avec « partie »).",
    'Kind of document: full call for tenders, notice only, addendum, qualification notice, or another part of the tender documents of a dossier (document, with "partie").',
    '4.al1',
    '5',
  ),
  numero: field(
    text,
    "Numéro de référence de l'appel d'offres ; les fichiers d'un même dossier portent le même numéro.",
    'Reference number of the call for tenders; the files of one dossier give the same number.',
    '4.al1',
  ),
  partie: field(
    { kind: 'enum', values: DOCUMENT_PARTS, open: true },
    "Partie des documents d'appel d'offres que ce fichier contient (type: document) : régie ou instructions aux soumissionnaires, devis, contrat, formulaire de soumission, bordereau de prix, grille d'évaluation, autre annexe.",
    'Part of the tender documents this file holds (type: document): instructions to bidders (régie), specification (devis), contract, bid form, price schedule (bordereau), evaluation grid, other annex.',
    '5',
  ),
  titre: field(text, "Titre de l'appel d'offres.", 'Title of the call for tenders.', '4.2°'),
  organisme: field(
    object({
      nom: field(text, "Nom de l'organisme public.", 'Name of the public body.', '4.1°'),
      categorie: field(
        oneOf('ministere', 'organisme-budgetaire', 'organisme-autre', 'reseau-education', 'reseau-sante'),
        "Catégorie d'organisme (détermine notamment l'application de la section II du chapitre V).",
        'Category of public body (decides among other things whether chapter V, division II applies).',
        '47',
      ),
    }),
    "L'organisme public qui lance l'appel d'offres.",
    'The public body issuing the call for tenders.',
    '4.1°',
  ),
  contrat: field(
    object({
      nature: field(oneOf('services-techniques', 'services-professionnels'), 'Nature des services.', 'Nature of the services.', '10', '16'),
      domaine: field(
        oneOf('architecture', 'genie', 'genie-forestier', 'sols-materiaux', 'publicite', 'voyage', 'assurance-dommages', 'juridique', 'financier'),
        'Domaine particulier visé par une règle du règlement.',
        'Particular field that a rule of the regulation targets.',
        '24.al1',
      ),
      repetitif: field(bool, 'Contrat à exécution répétitive.', 'Repetitive contract.', '46.al1'),
      'duree-mois': field(
        { kind: 'integer', minimum: 1 },
        'Durée prévue en mois, renouvellements compris.',
        'Planned duration in months, renewals included.',
        '46.al1',
      ),
      'article-42-2': field(
        bool,
        "Contrat visé au premier alinéa de l'article 42.2 (poursuite de services de santé ou de services sociaux à des personnes vulnérables) : l'autorisation du dirigeant n'est requise qu'au-delà de 5 ans.",
        "Contract under the first paragraph of s. 42.2 (continued health or social services to vulnerable persons): the chief executive's authorisation is required only beyond 5 years.",
        '46.al1',
      ),
      'execution-sur-demande': field(bool, 'Contrat à exécution sur demande.', 'On-demand contract.', '30', '46.al1'),
      'valeur-approximative': field(
        amount,
        'Valeur monétaire approximative des services à requérir (contrat à exécution sur demande).',
        'Approximate monetary value of the services to be requested (on-demand contract).',
        '31',
      ),
    }),
    'Le contrat à adjuger.',
    'The contract to be awarded.',
    '1',
  ),
  procedure: field(oneOf('public', 'regionalise', 'invitation', 'deux-etapes'), "Procédure d'appel d'offres.", 'Tendering procedure.', '4.al1', '25.al2'),
  adjudication: field(
    oneOf('prix', 'qualite-minimale', 'qualite-prix', 'qualite-seulement'),
    "Mode d'adjudication : prix seul, qualité minimale (annexe 1), qualité-prix (annexe 2) ou qualité seulement.",
    'Award method: price only, minimum quality (Annex 1), quality-price (Annex 2) or quality only.',
    '5.7°',
    '19',
  ),
  'montant-estime': field(amount, 'Dépense estimée en dollars, options comprises.', 'Estimated expenditure in dollars, options included.', '3.al2'),
  'seuil-appel-offres': field(
    amount,
    "Seuil d'appel d'offres public applicable (par défaut : réglage, 100 000 $ pour le texte de 2016).",
    'Public tender threshold that applies (default: settings, $100,000 for the 2016 text).',
    '3.al2',
  ),
  options: field(
    {
      kind: 'list',
      items: object({
        type: field(oneOf('renouvellement', 'services-supplementaires'), "Genre d'option.", 'Kind of option.', '4.al3'),
        description: field(text, "Description sommaire de l'option.", 'Summary description of the option.', '4.2.1°'),
      }),
    },
    'Options de renouvellement ou de services supplémentaires, au même prix.',
    'Renewal or additional-services options, at the same price.',
    '4.2.1°',
    '5.1.1°',
    '4.al3',
  ),
  'garantie-soumission': field(
    {
      kind: 'choice',
      options: [
        oneOf('aucune'),
        object({
          nature: field(text, 'Nature de la garantie (cautionnement, chèque visé…).', 'Nature of the security (bond, certified cheque…).', '4.3°'),
          montant: field(amount, 'Montant de la garantie.', 'Amount of the security.', '4.3°'),
        }),
      ],
    },
    'Garantie de soumission exigée, ou « aucune ».',
    'Bid security required, or "aucune" (none).',
    '4.3°',
  ),
  accords: field(
    { kind: 'choice', options: [oneOf('aucun'), { kind: 'list', items: oneOf(...AGREEMENTS) }] },
    'Accords intergouvernementaux applicables, ou « aucun ».',
    'Intergovernmental agreements that apply, or "aucun" (none).',
    '4.4°',
  ),
  renseignements: field(text, 'Endroit où obtenir des renseignements.', 'Where to obtain information.', '4.5°'),
  diffusion: field(date, "Date de diffusion de l'avis dans le SEAO.", 'Date the notice is diffused in SEAO.', '4.6°'),
  reception: field(
    placeDateTime({ fr: 'limite de réception des soumissions', en: 'Bid receipt deadline' }, '4.6°'),
    'Lieu, date et heure limites de réception des soumissions.',
    'Place, date and time limit for the receipt of bids.',
    '4.6°',
  ),
  ouverture: field(
    placeDateTime({ fr: "d'ouverture des soumissions", en: 'Bid opening' }, '4.6°'),
    "Lieu, date et heure de l'ouverture des soumissions.",
    'Place, date and time of the opening of bids.',
    '4.6°',
    '11.al1',
  ),
  regroupement: field(
    {
      kind: 'list',
      items: object({
        organisme: field(text, 'Organisme partie au regroupement.', 'Body that is a party to the grouping.', '5.2°'),
        besoins: field(text, 'Besoins de cet organisme.', "That body's needs.", '5.2°'),
      }),
    },
    "Regroupement d'organismes (art. 15 de la Loi) : parties et besoins.",
    'Grouping of public bodies (s. 15 of the Act): parties and needs.',
    '5.2°',
  ),
  'admissibilite-hors-accord': field(
    bool,
    "La concurrence étant insuffisante, les prestataires d'un territoire non visé par un accord intergouvernemental sont admissibles (à mentionner dans les documents).",
    'Competition being insufficient, providers from territories not covered by an intergovernmental agreement are admissible (to be stated in the documents).',
    '6.al2',
  ),
  evaluation: field(
    object({
      criteres: field(
        {
          kind: 'list',
          items: object({
            nom: field(text, 'Nom du critère.', 'Name of the criterion.', 'A2.1'),
            poids: field({ kind: 'number', minimum: 0, maximum: 100 }, 'Poids du critère, en %.', 'Weight of the criterion, in %.', 'A2.3'),
            minimum: field(
              { kind: 'number', minimum: 0, maximum: 100 },
              'Note minimale exigée pour ce critère.',
              'Minimum score required for this criterion.',
              'A2.5',
            ),
            description: field(
              text,
              'Éléments de qualité requis pour atteindre le niveau de performance acceptable.',
              'Quality elements required to reach the acceptable performance level.',
              'A2.2',
              'A1.2',
            ),
          }),
        },
        "Critères d'évaluation de la qualité.",
        'Quality evaluation criteria.',
        '5.6°',
      ),
      k: field({ kind: 'number', minimum: 0, maximum: 100 }, 'Paramètre K du prix ajusté, en %.', 'K parameter of the adjusted price, in %.', 'A2.9'),
      comite: field(
        object({
          secretaire: field(bool, 'Un secrétaire de comité coordonne les travaux.', 'A committee secretary coordinates the work.', '26.al2'),
          membres: field({ kind: 'integer', minimum: 0 }, 'Nombre de membres du comité.', 'Number of committee members.', '26.al2'),
        }),
        'Comité de sélection.',
        'Selection committee.',
        '26.al2',
      ),
    }),
    'Évaluation de la qualité (annexes 1 et 2).',
    'Quality evaluation (Annexes 1 and 2).',
    '5.6°',
  ),
  'marge-preferentielle': field(
    { kind: 'number', minimum: 0, maximum: 100 },
    'Marge préférentielle accordée, en %.',
    'Preferential margin granted, in %.',
    '50.al2',
  ),
  'validite-soumissions-jours': field(
    { kind: 'integer', minimum: 1 },
    'Période de validité des soumissions, en jours.',
    'Bid validity period, in days.',
    '29.7',
  ),
  addenda: field(
    {
      kind: 'list',
      items: object({
        numero: field({ kind: 'integer', minimum: 1 }, "Numéro de l'addenda.", 'Addendum number.', '9.al1'),
        date: field(date, "Date de transmission de l'addenda.", 'Date the addendum is sent.', '9.al2'),
        'incidence-prix': field(bool, "L'addenda est susceptible d'avoir une incidence sur les prix.", 'The addendum may affect prices.', '9.al2'),
        'report-reception': field(date, 'Nouvelle date limite de réception, si reportée.', 'New receipt deadline, if postponed.', '9.al2'),
      }),
    },
    "Addendas modifiant les documents d'appel d'offres.",
    'Addenda amending the tender documents.',
    '9.al1',
    '9.al2',
  ),
  qualification: field(
    object({
      diffusion: field(date, "Date de publication de l'avis de qualification.", 'Date the qualification notice is published.', '43.1°'),
      // The date alone, or with its time and place as the notice's `reception` gives them.
      reception: field(
        {
          kind: 'choice',
          options: [date, placeDateTime({ fr: 'limite de réception des demandes de qualification', en: 'Qualification request deadline' }, '43.1°')],
        },
        'Date limite de réception des demandes de qualification, ou { date, heure, lieu }.',
        'Deadline for qualification requests, or { date, heure, lieu }.',
        '43.1°',
      ),
      'validite-mois': field({ kind: 'integer', minimum: 1 }, 'Durée de validité de la liste, en mois.', 'Validity of the list, in months.', '43.3°'),
    }),
    'Qualification de prestataires de services (art. 43).',
    'Qualification of service providers (s. 43).',
    '43.1°',
  ),
};

/** Finds the schema of a key path such as `['reception', 'date']` (list indexes are skipped). */
export function fieldAt(path: readonly (string | number)[]): FieldSchema | undefined {
  let fields: Record<string, FieldSchema> | undefined = FRONT_MATTER_SCHEMA;
  let found: FieldSchema | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') continue;
    if (!fields) return undefined;
    found = ownField(fields, segment);
    if (!found) return undefined;
    fields = objectFields(found.value);
  }
  return found;
}

/** The field of that name, never an inherited property: user keys such as `constructor` or `__proto__` are unknown keys. */
export function ownField(fields: Record<string, FieldSchema>, key: string): FieldSchema | undefined {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

export function objectFields(schema: ValueSchema): Record<string, FieldSchema> | undefined {
  if (schema.kind === 'object') return schema.fields;
  if (schema.kind === 'list') return objectFields(schema.items);
  if (schema.kind === 'choice') {
    for (const option of schema.options) {
      const fields = objectFields(option);
      if (fields) return fields;
    }
  }
  return undefined;
}
