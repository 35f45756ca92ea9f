import type { Schema, Struct } from '@strapi/strapi';

export interface GarmentSize extends Struct.ComponentSchema {
  collectionName: 'components_garment_sizes';
  info: {
    description: '\u5C3A\u7801 \u00B7 One size of a size scale, in order';
    displayName: 'Size';
    icon: 'hashtag';
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 16;
      }>;
  };
}

export interface PartyContact extends Struct.ComponentSchema {
  collectionName: 'components_party_contacts';
  info: {
    description: '\u8054\u7CFB\u4EBA \u00B7 A person to reach at a customer or supplier';
    displayName: 'Contact';
    icon: 'user';
  };
  attributes: {
    email: Schema.Attribute.Email;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    role: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
  };
}

export interface PartySupplierKind extends Struct.ComponentSchema {
  collectionName: 'components_party_supplier_kinds';
  info: {
    description: '\u4F9B\u5E94\u7C7B\u522B \u00B7 What a supplier provides';
    displayName: 'Supplier kind';
    icon: 'store';
  };
  attributes: {
    kind: Schema.Attribute.Enumeration<
      ['fabric', 'trims', 'packaging', 'wash', 'print', 'embroidery', 'garment-factory', 'courier']
    > &
      Schema.Attribute.Required;
  };
}

export interface WorkflowStageRule extends Struct.ComponentSchema {
  collectionName: 'components_workflow_stage_rules';
  info: {
    description: '\u9636\u6BB5\u89C4\u5219 \u00B7 A named rule from the registry and its parameters (JSON)';
    displayName: 'Stage rule';
    icon: 'check';
  };
  attributes: {
    params: Schema.Attribute.JSON;
    rule: Schema.Attribute.Enumeration<
      ['size-breakdown-complete', 'required-fields', 'notice-lead-time', 'signoffs-complete']
    > &
      Schema.Attribute.Required;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'garment.size': GarmentSize;
      'party.contact': PartyContact;
      'party.supplier-kind': PartySupplierKind;
      'workflow.stage-rule': WorkflowStageRule;
    }
  }
}
