import { useMutation, useQuery } from '@apollo/client/react';
import { CONSENSUS_RULES, type ConsensusRule } from '@samrad/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkSectionProps } from '../../shared/network-sections';
import { useAction } from '../../shared/useAction';
import { NETWORK_CONSENSUS_RULE, SET_CONSENSUS_RULE } from './interpretations.graphql';
import styles from './interpretations.module.css';

/**
 * On the network page: how the network agrees on interpretations. Everyone sees the rule; the
 * coordinators choose it (the answer of the mutation updates the cached network, so every page
 * showing the rule follows).
 */
export function ConsensusRuleSection({ networkId, isCoordinator }: NetworkSectionProps) {
  const { t } = useTranslation('interpretations');
  const { data } = useQuery(NETWORK_CONSENSUS_RULE, { variables: { id: networkId } });
  const [setRule] = useMutation(SET_CONSENSUS_RULE);
  const { run, pending, error, notice } = useAction();
  const current = data?.network?.consensusRule;
  const [chosen, setChosen] = useState<ConsensusRule | null>(null);
  if (!current) return null;
  const rule = chosen ?? current;

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(() => setRule({ variables: { networkId, rule } }), { success: t('ruleSection.saved') });
    setChosen(null);
  }

  const message = error ?? notice;
  return (
    <section className="card" aria-labelledby="consensus-rule-title">
      <h2 id="consensus-rule-title">{t('ruleSection.title')}</h2>
      <p data-testid="consensus-rule">{t(`rule.${current}`)}</p>
      {isCoordinator && (
        <form onSubmit={(event) => void submit(event)}>
          <fieldset className={styles.stances}>
            <legend>{t('ruleSection.legend')}</legend>
            {CONSENSUS_RULES.map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name="consensus-rule"
                  value={value}
                  checked={rule === value}
                  onChange={() => setChosen(value)}
                />{' '}
                {t(`ruleSection.${value}`)}
              </label>
            ))}
          </fieldset>
          <button type="submit" disabled={pending || rule === current}>
            {t('ruleSection.save')}
          </button>
        </form>
      )}
      <p role="status" aria-live="polite" className={message ? 'notice' : undefined}>
        {message}
      </p>
    </section>
  );
}
