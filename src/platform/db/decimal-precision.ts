import type { Core } from '@strapi/strapi';

interface DecimalAttribute {
  type: string;
  column?: { args?: [number, number] };
}
interface Schema {
  uid: string;
  collectionName?: string;
  attributes: Record<string, DecimalAttribute>;
}

/** A decimal whose schema asks for more than Strapi's numeric(10, 2): a CBM to 3 places, a consumption to 4. */
export function widenedDecimals(schemas: readonly Schema[]) {
  return schemas.flatMap((schema) =>
    Object.entries(schema.attributes)
      .filter(([, attribute]) => attribute.type === 'decimal' && attribute.column?.args)
      .map(([name, attribute]) => ({
        uid: schema.uid,
        attribute: name,
        precision: attribute.column!.args![0],
        scale: attribute.column!.args![1],
      }))
  );
}

/**
 * Strapi creates a new decimal column with the precision its schema asks for,
 * but its schema sync does not compare precisions: a PostgreSQL database made
 * before keeps numeric(10, 2) — 1.536 m³ stored as 1.54, an AQL of 0.065 as
 * 0.07. Widens those columns at start-up (SQLite stores the number as it is).
 */
export async function ensureDecimalPrecision(strapi: Core.Strapi): Promise<number> {
  if (strapi.db.dialect.client !== 'postgres') return 0;
  const schemas = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)] as unknown as Schema[];
  const schema = (strapi.db as unknown as { getSchemaName(): string | undefined }).getSchemaName() ?? 'public';
  let altered = 0;
  for (const wanted of widenedDecimals(schemas)) {
    const meta = strapi.db.metadata.get(wanted.uid as never) as unknown as {
      tableName: string;
      attributes: Record<string, { columnName?: string }>;
    };
    const column = meta.attributes[wanted.attribute]?.columnName ?? wanted.attribute;
    const found = (await strapi.db
      .connection('information_schema.columns')
      .where({ table_schema: schema, table_name: meta.tableName, column_name: column })
      .first('numeric_precision', 'numeric_scale')) as
      { numeric_precision: number | null; numeric_scale: number | null } | undefined;
    if (!found || (found.numeric_precision === wanted.precision && found.numeric_scale === wanted.scale)) continue;
    // DDL takes no bound values: the precision and scale are the schema's integers, checked.
    if (!Number.isInteger(wanted.precision) || !Number.isInteger(wanted.scale)) continue;
    await strapi.db.connection.raw(
      `alter table ??.?? alter column ?? type numeric(${wanted.precision}, ${wanted.scale})`,
      [schema, meta.tableName, column]
    );
    altered += 1;
  }
  if (altered > 0) strapi.log.info(`[gendan] widened ${altered} decimal columns`);
  return altered;
}
