import { ruleTester } from '../ruleTester.js';

function tender(contract: string, body = ''): string {
  return `---
type: appel-offres
organisme: { nom: Société québécoise des infrastructures }
titre: Entretien ménager
contrat: { ${contract} }
accords: aucun
renseignements: 418 646-1766
---

# Avis

Les documents d'appel d'offres ne peuvent être obtenus que par l'intermédiaire du SEAO.
${body}
La Société ne s'engage à accepter aucune des soumissions reçues.
`;
}
const AUTHORISED = '\nLa durée prévue du contrat, renouvellements compris, est de quatre ans; elle a été autorisée par le dirigeant de l’organisme.\n';

ruleTester('contract-duration-authorisation', {
  valid: [
    { name: 'exactly 36 months (strictly more than 3 years is required)', code: tender('repetitif: true, duree-mois: 36') },
    { name: 'not repetitive', code: tender('repetitif: false, duree-mois: 48') },
    { name: 'authorisation mentioned', code: tender('repetitif: true, duree-mois: 48', AUTHORISED) },
    { name: 'art. 42.2 contract: 5 years is the threshold', code: tender('repetitif: true, article-42-2: true, duree-mois: 60') },
  ],
  invalid: [
    {
      name: 'art. 42.2 contract beyond 5 years',
      code: tender('repetitif: true, article-42-2: true, duree-mois: 61'),
      errors: [{ line: 5, column: 61, messageId: 'authorisationMissing', severity: 'warning', message: /61 mois.*au-delà de 5 ans/ }],
    },
    {
      name: '37 months without mention',
      code: tender('repetitif: true, duree-mois: 37'),
      errors: [{ line: 5, severity: 'warning', message: /37 mois/ }],
      output: `${tender('repetitif: true, duree-mois: 37')}\nLa durée prévue du contrat, renouvellements compris, excède trois ans : elle a été autorisée par le dirigeant de l’organisme public, conformément à l’article 46 du Règlement sur les contrats de services des organismes publics.\n`,
    },
    {
      name: 'the abnormally-low-price authorisation (art. 7.1) is not the art. 46 one',
      code: tender(
        'repetitif: true, duree-mois: 48',
        "\nUne soumission comportant un prix anormalement bas est rejetée, après autorisation du dirigeant de l'organisme public.\n",
      ),
      errors: [{ severity: 'warning' }],
    },
  ],
});

ruleTester('contract-on-demand-duration', {
  valid: [{ name: '60 months', code: tender('repetitif: true, execution-sur-demande: true, duree-mois: 60', AUTHORISED) }],
  invalid: [
    {
      name: '72 months on demand',
      code: tender('repetitif: true, execution-sur-demande: true, duree-mois: 72', AUTHORISED),
      errors: [{ line: 5, column: 70, messageId: 'tooLong', severity: 'error', message: /5 ans/ }],
      output: tender('repetitif: true, execution-sur-demande: true, duree-mois: 60', AUTHORISED),
    },
  ],
});
