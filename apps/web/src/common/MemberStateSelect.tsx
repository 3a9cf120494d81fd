import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useQuery } from 'urql';

import { graphql } from '../graphql/generated';

const MemberStatesQuery = graphql(`
  query MemberStates($search: String) {
    memberStates(first: 30, filter: { search: $search }) {
      edges {
        node {
          iso3
          name
        }
      }
    }
  }
`);

/** A member state picked by name or ISO3 code, searched on the API as the user types. */
export function MemberStateSelect(props: Omit<SelectProps, 'data' | 'searchable'>) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [{ data }] = useQuery({
    query: MemberStatesQuery,
    variables: { search: debounced.length >= 2 ? debounced : undefined },
  });
  const options = (data?.memberStates.edges ?? []).map(({ node }) => ({
    value: node.iso3,
    label: `${node.name} (${node.iso3})`,
  }));
  if (props.value && !options.some((option) => option.value === props.value)) {
    options.unshift({ value: props.value, label: props.value });
  }
  return (
    <Select
      {...props}
      data={options}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage="—"
    />
  );
}
