import type { Schema, Struct } from '@strapi/strapi';

export interface CalendarHoliday extends Struct.ComponentSchema {
  collectionName: 'components_calendar_holidays';
  info: {
    description: '\u5047\u671F \u00B7 A factory shutdown, both days included (e.g. the Spring Festival)';
    displayName: 'Holiday';
    icon: 'calendar';
  };
  attributes: {
    from: Schema.Attribute.Date & Schema.Attribute.Required;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    to: Schema.Attribute.Date & Schema.Attribute.Required;
  };
}

export interface CalendarMakeUpDay extends Struct.ComponentSchema {
  collectionName: 'components_calendar_make_up_days';
  info: {
    description: '\u8C03\u4F11 \u00B7 A weekly day off declared a working day (e.g. the Sunday before the Spring Festival)';
    displayName: 'Make-up working day';
    icon: 'calendar';
  };
  attributes: {
    date: Schema.Attribute.Date & Schema.Attribute.Required;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
  };
}

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

export interface MaterialsIssueLine extends Struct.ComponentSchema {
  collectionName: 'components_materials_issue_lines';
  info: {
    description: '\u53D1\u6599\u660E\u7EC6 \u00B7 A material and the quantity handed over';
    displayName: 'Issue line';
    icon: 'archive';
  };
  attributes: {
    material: Schema.Attribute.Relation<'manyToOne', 'api::material.material'>;
    quantity: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
  };
}

export interface PackingCartonRow extends Struct.ComponentSchema {
  collectionName: 'components_packing_carton_rows';
  info: {
    description: '\u7BB1\u5355\u884C \u00B7 Cartons from\u2013to of one colour and size assortment';
    displayName: 'Carton row';
    icon: 'cube';
  };
  attributes: {
    colour: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    fromCarton: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      >;
    grossKg: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    heightCm: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    lengthCm: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    netKg: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    sizes: Schema.Attribute.JSON & Schema.Attribute.Required;
    toCarton: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      >;
    widthCm: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
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
    email: Schema.Attribute.Email &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
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

export interface PurchasingExpeditingNote extends Struct.ComponentSchema {
  collectionName: 'components_purchasing_expediting_notes';
  info: {
    description: '\u50AC\u5355\u8BB0\u5F55 \u00B7 A chase of the supplier: when, whom, what, and the new promised date';
    displayName: 'Expediting note';
    icon: 'phone';
  };
  attributes: {
    contact: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    date: Schema.Attribute.Date & Schema.Attribute.Required;
    note: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 4000;
      }>;
    promisedDate: Schema.Attribute.Date;
  };
}

export interface QualityFourPointRoll extends Struct.ComponentSchema {
  collectionName: 'components_quality_four_point_rolls';
  info: {
    description: '\u56DB\u5206\u5236\u9A8C\u5E03 \u00B7 One roll: length inspected, cuttable width, defect points \u2014 or defects tallied by length (\u22643" 1, 3\u20136" 2, 6\u20139" 3, >9" 4; holes \u22641" 2, >1" 4), which then give the points';
    displayName: '4-point roll';
    icon: 'layer';
  };
  attributes: {
    cuttableWidth: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    defects3to6in: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    defects6to9in: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    defectsOver9in: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    defectsUpTo3in: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    holesOver1in: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    holesUpTo1in: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    length: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    lengthUnit: Schema.Attribute.Enumeration<['yd', 'm']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'yd'>;
    points: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    rollNo: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    widthUnit: Schema.Attribute.Enumeration<['in', 'cm']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'in'>;
  };
}

export interface TimeAndActionMilestone extends Struct.ComponentSchema {
  collectionName: 'components_time_and_action_milestones';
  info: {
    description: '\u8282\u70B9 \u00B7 A milestone of the Time & Action calendar: when it is planned and which event closes it';
    displayName: 'T&A milestone';
    icon: 'clock';
  };
  attributes: {
    anchor: Schema.Attribute.Enumeration<['ex-factory', 'order-date', 'milestone']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'ex-factory'>;
    anchorMilestone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    appliesWhen: Schema.Attribute.Enumeration<['always', 'washing', 'print-embroidery']> &
      Schema.Attribute.DefaultTo<'always'>;
    completedBy: Schema.Attribute.Enumeration<
      [
        'stage-entered',
        'sample-approved',
        'materials-ordered',
        'materials-received',
        'fabric-passed',
        'output-started',
        'output-complete',
        'subcontract-returned',
        'final-inspection-passed',
        'booking-made',
        'completion-signed',
        'manual',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'manual'>;
    completedByParam: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    critical: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    customerVisible: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    dayKind: Schema.Attribute.Enumeration<['working', 'calendar']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'working'>;
    department: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    key: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    nameZh: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    offsetDays: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 365;
          min: -365;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    offsetRule: Schema.Attribute.Enumeration<['fixed', 'sewing-days']> & Schema.Attribute.DefaultTo<'fixed'>;
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
      [
        'size-breakdown-complete',
        'required-fields',
        'notice-lead-time',
        'signoffs-complete',
        'materials-in-house',
        'fabric-inspected-in-time',
        'cutting-approved',
        'permit-or-pre-issue',
        'materials-issued',
        'production-complete',
        'subcontract-returned',
        'simulated-packing-list',
        'trims-ready',
        'booking-documents-complete',
        'final-inspection-passed',
        'shipment-within-tolerance',
        'completion-signed',
        'documents-current',
      ]
    > &
      Schema.Attribute.Required;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'calendar.holiday': CalendarHoliday;
      'calendar.make-up-day': CalendarMakeUpDay;
      'garment.size': GarmentSize;
      'materials.issue-line': MaterialsIssueLine;
      'packing.carton-row': PackingCartonRow;
      'party.contact': PartyContact;
      'party.supplier-kind': PartySupplierKind;
      'purchasing.expediting-note': PurchasingExpeditingNote;
      'quality.four-point-roll': QualityFourPointRoll;
      'time-and-action.milestone': TimeAndActionMilestone;
      'workflow.stage-rule': WorkflowStageRule;
    }
  }
}
