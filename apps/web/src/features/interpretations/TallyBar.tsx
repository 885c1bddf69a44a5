import { useTranslation } from 'react-i18next';
import styles from './interpretations.module.css';

export interface TallyView {
  members: number;
  agree: number;
  abstain: number;
  disagree: number;
  block: number;
  notResponded: number;
  consensus: boolean;
}

const PARTS = ['agree', 'abstain', 'disagree', 'block', 'notResponded'] as const;
const PART_CLASS: Record<(typeof PARTS)[number], string | undefined> = {
  agree: styles.partAgree,
  abstain: styles.partAbstain,
  disagree: styles.partDisagree,
  block: styles.partBlock,
  notResponded: styles.partNotResponded,
};

/**
 * The positions of the member municipalities as one bar in neutral tones (not traffic lights:
 * the colours carry no verdict) with the counts in text beside it; the text is what is read out.
 */
export function TallyBar({ tally }: { tally: TallyView }) {
  const { t } = useTranslation('interpretations');
  return (
    <div className={styles.tally}>
      <div className={styles.tallyBar} aria-hidden="true">
        {PARTS.filter((part) => tally[part] > 0).map((part) => (
          <span
            key={part}
            className={PART_CLASS[part]}
            style={{ flexGrow: tally[part] }}
            title={`${t(`tally.${part}`, { count: tally[part] })}`}
          />
        ))}
      </div>
      <p className={styles.tallyText} data-testid="tally">
        {PARTS.map((part) => t(`tally.${part}`, { count: tally[part] })).join(' · ')}{' '}
        {t('tally.of', { count: tally.members })}
        {tally.consensus && <strong> · {t('tally.consensus')}</strong>}
      </p>
    </div>
  );
}
