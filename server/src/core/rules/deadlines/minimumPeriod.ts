import { both } from '../applicability.js';
import { daysBetween, earliestClosing } from '../../calendar/index.js';
import type { TenderType } from '../../types.js';
import type { Rule } from '../rule.js';
import { belowThreshold } from '../threshold.js';
import { BELOW_THRESHOLD_NOTE, calendarFor, closingMoment, closingStated, diffusionMoment, longDate, moveClosingFix } from './facts.js';

interface PeriodSpec {
  id: string;
  citation: string;
  minimumDays: number;
  appliesTo: readonly TenderType[];
  /** Art. 3 al. 2 relaxes the 15 days of 4.6° below the threshold; nothing relaxes the 25 days of 43.1°. */
  relaxedBelowThreshold: boolean;
  what: { fr: string; en: string };
}

/**
 * A minimum period "à compter de la date de la diffusion" of a notice: the diffusion day is not
 * counted, the closing day is (LEGAL-REFERENCE §B.1). The fix moves the closing to the earliest
 * lawful jour ouvrable, in the front-matter and wherever the text states the same date.
 */
export function receiptPeriodRule(spec: PeriodSpec): Rule {
  return {
    id: spec.id,
    citation: spec.citation,
    severity: 'error',
    appliesTo: spec.appliesTo,
    description: {
      fr: `La date limite de réception ${spec.what.fr} suit d'au moins ${spec.minimumDays} jours la diffusion de l'avis dans le SEAO.`,
      en: `The receipt deadline ${spec.what.en} is at least ${spec.minimumDays} days after the notice is diffused in SEAO.`,
    },
    notApplicable(context) {
      if (context.data.procedure === 'invitation') {
        return both((l) =>
          l === 'fr'
            ? `Appel d'offres sur invitation (procedure : invitation) : pas de diffusion dans le SEAO, le délai de ${spec.minimumDays} jours ne s'applique pas.`
            : `Call for tenders by invitation (procedure: invitation): no diffusion in SEAO, the ${spec.minimumDays}-day period does not apply.`,
        );
      }
      if (!diffusionMoment(context)) {
        const key = context.type === 'avis-qualification' ? 'qualification.diffusion' : 'diffusion';
        return both((l) =>
          l === 'fr'
            ? `Date de diffusion dans le SEAO non indiquée (clé ${key}) : le délai ne peut être compté.`
            : `Date of diffusion in SEAO not given (key ${key}): the period cannot be counted.`,
        );
      }
      return closingStated(context);
    },
    check(context) {
      const diffusion = diffusionMoment(context)!;
      const closing = closingMoment(context)!;
      const days = daysBetween(diffusion.date, closing.date);
      if (days >= spec.minimumDays) return;
      const earliest = earliestClosing(diffusion.date, spec.minimumDays, calendarFor(context.settings));
      const relaxed = spec.relaxedBelowThreshold && belowThreshold(context);
      const when = longDate(diffusion.date);
      const first = longDate(earliest);
      context.report({
        messageId: 'tooShort',
        range: closing.range,
        severity: relaxed ? 'information' : undefined,
        message: {
          fr: `Délai de réception ${spec.what.fr} de ${days} jour${Math.abs(days) > 1 ? 's' : ''} après la diffusion du ${when.fr} : il faut au moins ${spec.minimumDays} jours, le jour de la diffusion n'étant pas compté. Date la plus hâtive : ${first.fr}.${relaxed ? BELOW_THRESHOLD_NOTE.fr : ''}`,
          en: `Receipt period ${spec.what.en} of ${days} day${Math.abs(days) === 1 ? '' : 's'} after the diffusion on ${when.en}: at least ${spec.minimumDays} days are required, the day of diffusion not counted. Earliest date: ${first.en}.${relaxed ? BELOW_THRESHOLD_NOTE.en : ''}`,
        },
        related: [{ range: diffusion.range, message: { fr: 'Date de diffusion dans le SEAO', en: 'Date of diffusion in SEAO' } }],
        fix: moveClosingFix(context, closing, earliest),
      });
    },
  };
}
