// One member's concurrence with the outcome: agrees or dissents, with a note (a dissent's reason).

import { useState } from 'react';
import type { Concurrence } from '../../../../core/types';

interface Props {
  memberName: string;
  concurrence: Concurrence | undefined;
  onChange: (agrees: boolean, note: string) => void;
}

/** A table row: the member, agrees/dissents, and the note. */
export function ConcurrenceRow({ memberName, concurrence, onChange }: Props) {
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
        <div role="radiogroup" aria-label={`Concurrence of ${memberName}`} className="concurrence">
          <label>
            <input
              type="radio"
              name={`concurrence-${memberName}`}
              checked={agrees === true}
              onChange={() => choose(true)}
            />{' '}
            Agrees
          </label>
          <label>
            <input
              type="radio"
              name={`concurrence-${memberName}`}
              checked={agrees === false}
              onChange={() => choose(false)}
            />{' '}
            Dissents
          </label>
        </div>
      </td>
      <td>
        <input
          type="text"
          aria-label={`Note of ${memberName}`}
          placeholder={agrees === false ? 'Reason for the dissent' : 'Note (optional)'}
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
