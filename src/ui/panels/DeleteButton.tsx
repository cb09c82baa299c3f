import { TrashIcon } from '../icons';

export function DeleteButton({ label, onDelete }: { label: string; onDelete: () => void }) {
  return (
    <button type="button" className="fl-button fl-button-danger" onClick={onDelete}>
      <TrashIcon size={14} /> {label}
    </button>
  );
}
