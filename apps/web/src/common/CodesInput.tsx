import { TagsInput, type TagsInputProps } from '@mantine/core';

/**
 * Codes typed one by one (ISO3 states, capability codes): each kept trimmed and in capitals, as
 * the API compares them.
 */
export function CodesInput({ onChange, ...props }: TagsInputProps) {
  return (
    <TagsInput
      {...props}
      onChange={(values) => onChange?.(values.map((value) => value.trim().toUpperCase()))}
    />
  );
}
