import { type UseFormReturnType } from '@mantine/form';
import { useEffect } from 'react';

/**
 * Fills an edit form with the record once it has loaded, as its initial values (so "changed"
 * means changed by the user); once per record: later edits are the user's.
 */
export function useLoadedValues<Record extends { id: string }, Values>(
  form: UseFormReturnType<Values>,
  record: Record | null | undefined,
  valuesOf: (record: Record) => Values,
) {
  useEffect(() => {
    if (!record) return;
    const values = valuesOf(record);
    form.setInitialValues(values);
    form.setValues(values);
  }, [record?.id]);
}
