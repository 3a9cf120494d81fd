import { registerEnumType } from '@nestjs/graphql';

import { Category, DeliveryMode, GapSource, Priority, QuantityUnit } from '@app/domain';

registerEnumType(Category, { name: 'Category', description: 'Capability category' });
registerEnumType(Priority, { name: 'Priority' });
registerEnumType(DeliveryMode, { name: 'DeliveryMode', description: 'How support is delivered' });
registerEnumType(QuantityUnit, { name: 'QuantityUnit' });
registerEnumType(GapSource, { name: 'GapSource', description: 'Where a gap was identified' });
