// One member's concurrence with the outcome: agrees or dissents, with a note (a dissent's reason).

import { useState } from 'react';
import type { Concurrence } from '../../../../core/types';
import { useT } from '../../i18n';

interface Props {
  memberName: string;
  concurrence: Concurrence | undefined;
  onChange: (agrees: boolean, note: string) => void;
}

/** A table row: the member, agrees/dissents, and the note. */
export function ConcurrenceRow({ memberName, concurrence, onChange }: Props) {
  const t = useT();
  const [note, setNote] = useState(concurrence?.note ?? '');
  const [agrees, setAgrees] = useState(concurrence?.agrees);
  const choose = (value: boolean) => {
    setAgrees(value);
    onChange(value, note);
  };
  return (
    <tr>
      <th scope="row">{memberName}</th>
      <td>
        <div
          role="radiogroup"
          aria-label={t('debrief.outcome.concurrenceOf', { name: memberName })}
          className="concurrence"
        >
          <label>
            <input
              type="radio"
              name={`concurrence-${memberName}`}
              checked={agrees === true}
              onChange={() => choose(true)}
            />{' '}
            {t('debrief.outcome.agrees')}
          </label>
          <label>
            <input
              type="radio"
              name={`concurrence-${memberName}`}
              checked={agrees === false}
              onChange={() => choose(false)}
            />{' '}
            {t('debrief.outcome.dissents')}
          </label>
        </div>
      </td>
      <td>
        <input
          type="text"
          aria-label={t('debrief.outcome.noteOf', { name: memberName })}
          placeholder={
            agrees === false ? t('debrief.outcome.dissentReason') : t('debrief.outcome.optionalNote')
          }
          value={note}
          onChange={(event) => {
            setNote(event.target.value);
            if (agrees !== undefined) onChange(agrees, event.target.value);
          }}
        />
      </td>
    </tr>
  );
}
