"""The schema of file format 2, as its plans have it (recorded from tests/data/schema/v2-*.styrplan;
never edited afterwards, like a migration step)."""

# fmt: off
SCHEMA = {'budget_figure': {'columns': [('id', 'INTEGER', True, 1), ('uuid', 'VARCHAR(36)', True, 0),
                               ('line_id', 'INTEGER', True, 0), ('period_id', 'INTEGER', True, 0),
                               ('outcome_tkr', 'FLOAT', False, 0), ('forecast_tkr', 'FLOAT', False, 0)],
                   'indexes': {'ix_budget_figure_uuid': (True, ['uuid']),
                               'sqlite_autoindex_budget_figure_1': (True, ['line_id', 'period_id'])},
                   'sql': 'CREATE TABLE budget_figure ( id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, line_id '
                          'INTEGER NOT NULL, period_id INTEGER NOT NULL, outcome_tkr FLOAT, forecast_tkr FLOAT, '
                          'PRIMARY KEY (id), CONSTRAINT uq_budget_figure_period UNIQUE (line_id, period_id), FOREIGN '
                          'KEY(line_id) REFERENCES budget_line (id) ON DELETE CASCADE, FOREIGN KEY(period_id) '
                          'REFERENCES reporting_period (id) ON DELETE CASCADE )'},
 'budget_line': {'columns': [('id', 'INTEGER', True, 1), ('uuid', 'VARCHAR(36)', True, 0),
                             ('unit_id', 'INTEGER', False, 0), ('year', 'INTEGER', True, 0),
                             ('kind', 'VARCHAR', True, 0), ('name', 'VARCHAR', True, 0),
                             ('frame_tkr', 'FLOAT', True, 0)],
                 'indexes': {'ix_budget_line_uuid': (True, ['uuid'])},
                 'sql': 'CREATE TABLE budget_line ( id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, unit_id INTEGER, '
                        'year INTEGER NOT NULL, kind VARCHAR NOT NULL, name VARCHAR NOT NULL, frame_tkr FLOAT NOT '
                        "NULL, PRIMARY KEY (id), CONSTRAINT ck_kind_values CHECK (kind IN ('operating', "
                        "'investment')), FOREIGN KEY(unit_id) REFERENCES org_unit (id) ON DELETE SET NULL )"},
 'checkpoint': {'columns': [('id', 'INTEGER', True, 1), ('uuid', 'VARCHAR(36)', True, 0),
                            ('node_id', 'INTEGER', True, 0), ('due', 'DATE', True, 0), ('title', 'VARCHAR', True, 0),
                            ('done', 'BOOLEAN', True, 0)],
                'indexes': {'ix_checkpoint_node_id': (False, ['node_id']), 'ix_checkpoint_uuid': (True, ['uuid'])},
                'sql': 'CREATE TABLE checkpoint ( id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, node_id INTEGER NOT '
                       'NULL, due DATE NOT NULL, title VARCHAR NOT NULL, done BOOLEAN NOT NULL, PRIMARY KEY (id), '
                       'FOREIGN KEY(node_id) REFERENCES node (id) ON DELETE CASCADE )'},
 'follow_up': {'columns': [('id', 'INTEGER', True, 1), ('uuid', 'VARCHAR(36)', True, 0),
                           ('node_id', 'INTEGER', True, 0), ('period_id', 'INTEGER', True, 0),
                           ('status', 'VARCHAR', True, 0), ('assessment', 'VARCHAR', False, 0),
                           ('analysis', 'VARCHAR', True, 0), ('updated_at', 'DATETIME', False, 0)],
               'indexes': {'ix_follow_up_period_id': (False, ['period_id']),
                           'ix_follow_up_uuid': (True, ['uuid']),
                           'sqlite_autoindex_follow_up_1': (True, ['node_id', 'period_id'])},
               'sql': 'CREATE TABLE follow_up ( id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, node_id INTEGER NOT '
                      'NULL, period_id INTEGER NOT NULL, status VARCHAR NOT NULL, assessment VARCHAR, analysis VARCHAR '
                      'NOT NULL, updated_at DATETIME, PRIMARY KEY (id), CONSTRAINT ck_status_values CHECK (status IN '
                      "('green', 'yellow', 'red', 'unknown')), CONSTRAINT ck_assessment_values CHECK (assessment IS "
                      "NULL OR assessment IN ('met', 'partly_met', 'not_met')), CONSTRAINT uq_follow_up_node_period "
                      'UNIQUE (node_id, period_id), FOREIGN KEY(node_id) REFERENCES node (id) ON DELETE CASCADE, '
                      'FOREIGN KEY(period_id) REFERENCES reporting_period (id) ON DELETE CASCADE )'},
 'governance_level': {'columns': [('id', 'INTEGER', True, 1), ('uuid', 'VARCHAR(36)', True, 0),
                                  ('key', 'VARCHAR', True, 0), ('name', 'VARCHAR', True, 0),
                                  ('plural', 'VARCHAR', True, 0), ('kind', 'VARCHAR', True, 0),
                                  ('tree', 'VARCHAR', True, 0), ('position', 'INTEGER', True, 0),
                                  ('colour', 'VARCHAR', True, 0), ('allowed_at_root', 'BOOLEAN', True, 0),
                                  ('description', 'VARCHAR', True, 0)],
                      'indexes': {'ix_governance_level_uuid': (True, ['uuid']),
                                  'sqlite_autoindex_governance_level_1': (True, ['key'])},
                      'sql': 'CREATE TABLE governance_level ( id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, "key" '
                             'VARCHAR NOT NULL, name VARCHAR NOT NULL, plural VARCHAR NOT NULL, kind VARCHAR NOT NULL, '
                             'tree VARCHAR NOT NULL, position INTEGER NOT NULL, colour VARCHAR NOT NULL, '
                             'allowed_at_root BOOLEAN NOT NULL, description VARCHAR NOT NULL, PRIMARY KEY (id), '
                             "CONSTRAINT ck_kind_values CHECK (kind IN ('goal', 'assignment', 'measure', 'activity')), "
                             "CONSTRAINT ck_tree_values CHECK (tree IN ('goals', 'assignments')), CONSTRAINT "
                             'uq_level_key UNIQUE ("key") )'},
 'governing_document': {'columns': [('id', 'INTEGER', True, 1), ('uuid', 'VARCHAR(36)', True, 0),
                                    ('title', 'VARCHAR', True, 0), ('kind', 'VARCHAR', True, 0),
                                    ('decided_by', 'VARCHAR', True, 0), ('decided_on', 'DATE', False, 0),
                                    ('valid_until', 'DATE', False, 0), ('unit_id', 'INTEGER', False, 0),
                                    ('reference', 'VARCHAR', True, 0), ('description', 'VARCHAR', True, 0)],
                        'indexes': {'ix_governing_document_uuid': (True, ['uuid'])},
                        'sql': 'CREATE TABLE governing_document ( id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, '
                               'title VARCHAR NOT NULL, kind VARCHAR NOT NULL, decided_by VARCHAR NOT NULL, decided_on '
                               'DATE, valid_until DATE, unit_id INTEGER, reference VARCHAR NOT NULL, description '
                               'VARCHAR NOT NULL, PRIMARY KEY (id), CONSTRAINT ck_kind_values CHECK (kind IN '
                               "('strategy', 'plan', 'policy', 'guideline')), FOREIGN KEY(unit_id) REFERENCES org_unit "
                               '(id) ON DELETE SET NULL )'},
 'indicator': {'columns': [('id', 'INTEGER', True, 1), ('uuid', 'VARCHAR(36)', True, 0),
                           ('position', 'INTEGER', True, 0), ('name', 'VARCHAR', True, 0),
                           ('description', 'VARCHAR', True, 0), ('source', 'VARCHAR', True, 0),
                           ('kolada_id', 'VARCHAR', False, 0), ('kolada_municipality', 'VARCHAR', False, 0),
                           ('kolada_ou', 'VARCHAR', False, 0), ('unit', 'VARCHAR', True, 0),
                           ('decimals', 'INTEGER', True, 0), ('direction', 'VARCHAR', True, 0),
                           ('target', 'FLOAT', False, 0), ('target_year', 'INTEGER', False, 0),
                           ('baseline', 'FLOAT', False, 0), ('baseline_year', 'INTEGER', False, 0),
                           ('frequency', 'VARCHAR', True, 0), ('reported_to_council', 'BOOLEAN', True, 0),
                           ('gender_split', 'BOOLEAN', True, 0), ('owner_unit_id', 'INTEGER', False, 0),
                           ('responsible', 'VARCHAR', True, 0), ('status_override', 'VARCHAR', False, 0),
                           ('status_override_reason', 'VARCHAR', True, 0)],
               'indexes': {'ix_indicator_kolada_id': (False, ['kolada_id']), 'ix_indicator_uuid': (True, ['uuid'])},
               'sql': 'CREATE TABLE indicator ( id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, position INTEGER NOT '
                      'NULL, name VARCHAR NOT NULL, description VARCHAR NOT NULL, source VARCHAR NOT NULL, kolada_id '
                      'VARCHAR, kolada_municipality VARCHAR, kolada_ou VARCHAR, unit VARCHAR NOT NULL, decimals '
                      'INTEGER NOT NULL, direction VARCHAR NOT NULL, target FLOAT, target_year INTEGER, baseline '
                      'FLOAT, baseline_year INTEGER, frequency VARCHAR NOT NULL, reported_to_council BOOLEAN NOT NULL, '
                      'gender_split BOOLEAN NOT NULL, owner_unit_id INTEGER, responsible VARCHAR NOT NULL, '
                      'status_override VARCHAR, status_override_reason VARCHAR NOT NULL, PRIMARY KEY (id), CONSTRAINT '
                      "ck_direction_values CHECK (direction IN ('higher', 'lower')), CONSTRAINT ck_frequency_values "
                      "CHECK (frequency IN ('yearly', 'semiannual', 'tertial', 'quarterly', 'monthly', 'continuous')), "
                      'CONSTRAINT ck_status_override_values CHECK (status_override IS NULL OR status_override IN '
                      "('green', 'yellow', 'red', 'unknown')), FOREIGN KEY(owner_unit_id) REFERENCES org_unit (id) ON "
                      'DELETE SET NULL )'},
 'indicator_node': {'columns': [('indicator_id', 'INTEGER', True, 1), ('node_id', 'INTEGER', True, 2)],
                    'indexes': {'ix_indicator_node_node_id': (False, ['node_id'])},
                    'sql': 'CREATE TABLE indicator_node ( indicator_id INTEGER NOT NULL, node_id INTEGER NOT NULL, '
                           'PRIMARY KEY (indicator_id, node_id), FOREIGN KEY(indicator_id) REFERENCES indicator (id) '
                           'ON DELETE CASCADE, FOREIGN KEY(node_id) REFERENCES node (id) ON DELETE CASCADE )'},
 'indicator_sdg': {'columns': [('indicator_id', 'INTEGER', True, 1), ('sdg', 'INTEGER', True, 2)],
                   'indexes': {},
                   'sql': 'CREATE TABLE indicator_sdg ( indicator_id INTEGER NOT NULL, sdg INTEGER NOT NULL, PRIMARY '
                          'KEY (indicator_id, sdg), FOREIGN KEY(indicator_id) REFERENCES indicator (id) ON DELETE '
                          'CASCADE, FOREIGN KEY(sdg) REFERENCES sdg (number) )'},
 'level_rule': {'columns': [('parent_level_id', 'INTEGER', True, 1), ('child_level_id', 'INTEGER', True, 2)],
                'indexes': {},
                'sql': 'CREATE TABLE level_rule ( parent_level_id INTEGER NOT NULL, child_level_id INTEGER NOT NULL, '
                       'PRIMARY KEY (parent_level_id, child_level_id), FOREIGN KEY(parent_level_id) REFERENCES '
                       'governance_level (id) ON DELETE CASCADE, FOREIGN KEY(child_level_id) REFERENCES '
                       'governance_level (id) ON DELETE CASCADE )'},
 'measurement': {'columns': [('id', 'INTEGER', True, 1), ('indicator_id', 'INTEGER', True, 0),
                             ('period', 'VARCHAR', True, 0), ('date', 'DATE', True, 0), ('value', 'FLOAT', True, 0),
                             ('kind', 'VARCHAR', True, 0), ('gender', 'VARCHAR', True, 0),
                             ('comment', 'VARCHAR', True, 0), ('source', 'VARCHAR', True, 0)],
                 'indexes': {'ix_measurement_indicator_date': (False, ['indicator_id', 'date']),
                             'sqlite_autoindex_measurement_1': (True, ['indicator_id', 'period', 'kind', 'gender'])},
                 'sql': 'CREATE TABLE measurement ( id INTEGER NOT NULL, indicator_id INTEGER NOT NULL, period VARCHAR '
                        'NOT NULL, date DATE NOT NULL, value FLOAT NOT NULL, kind VARCHAR NOT NULL, gender VARCHAR NOT '
                        'NULL, comment VARCHAR NOT NULL, source VARCHAR NOT NULL, PRIMARY KEY (id), CONSTRAINT '
                        "ck_kind_values CHECK (kind IN ('actual', 'forecast', 'target')), CONSTRAINT ck_gender_values "
                        "CHECK (gender IN ('T', 'K', 'M')), CONSTRAINT uq_measurement_period UNIQUE (indicator_id, "
                        'period, kind, gender), FOREIGN KEY(indicator_id) REFERENCES indicator (id) ON DELETE CASCADE '
                        ')'},
 'node': {'columns': [('id', 'INTEGER', True, 1), ('uuid', 'VARCHAR(36)', True, 0), ('parent_id', 'INTEGER', False, 0),
                      ('position', 'INTEGER', True, 0), ('level_id', 'INTEGER', True, 0), ('title', 'VARCHAR', True, 0),
                      ('description', 'VARCHAR', True, 0), ('owner_unit_id', 'INTEGER', False, 0),
                      ('responsible', 'VARCHAR', True, 0), ('origin', 'VARCHAR', True, 0), ('start', 'DATE', False, 0),
                      ('due', 'DATE', False, 0), ('progress', 'VARCHAR', True, 0), ('colour', 'VARCHAR', False, 0),
                      ('how_measured', 'VARCHAR', True, 0), ('purpose', 'VARCHAR', True, 0),
                      ('change', 'VARCHAR', True, 0), ('desired_level', 'VARCHAR', True, 0),
                      ('assignment_origin', 'VARCHAR', False, 0), ('budget_impact', 'BOOLEAN', True, 0),
                      ('budget_amount_tkr', 'FLOAT', False, 0), ('follow_up_method', 'VARCHAR', True, 0),
                      ('schedule', 'VARCHAR', True, 0)],
          'indexes': {'ix_node_level_id': (False, ['level_id']),
                      'ix_node_owner_unit_id': (False, ['owner_unit_id']),
                      'ix_node_parent_position': (False, ['parent_id', 'position']),
                      'ix_node_uuid': (True, ['uuid'])},
          'sql': 'CREATE TABLE node ( id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, parent_id INTEGER, position '
                 'INTEGER NOT NULL, level_id INTEGER NOT NULL, title VARCHAR NOT NULL, description VARCHAR NOT NULL, '
                 'owner_unit_id INTEGER, responsible VARCHAR NOT NULL, origin VARCHAR NOT NULL, start DATE, due DATE, '
                 'progress VARCHAR NOT NULL, colour VARCHAR, how_measured VARCHAR NOT NULL, purpose VARCHAR NOT NULL, '
                 'change VARCHAR NOT NULL, desired_level VARCHAR NOT NULL, assignment_origin VARCHAR, budget_impact '
                 'BOOLEAN NOT NULL, budget_amount_tkr FLOAT, follow_up_method VARCHAR NOT NULL, schedule VARCHAR NOT '
                 "NULL, PRIMARY KEY (id), CONSTRAINT ck_origin_values CHECK (origin IN ('own', 'commissioner')), "
                 "CONSTRAINT ck_progress_values CHECK (progress IN ('not_started', 'ongoing', 'done', 'postponed', "
                 "'cancelled')), CONSTRAINT ck_assignment_origin_values CHECK (assignment_origin IS NULL OR "
                 "assignment_origin IN ('indicator', 'initiative', 'programme', 'council', 'other')), CONSTRAINT "
                 'ck_node_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id), CONSTRAINT ck_node_dates CHECK '
                 '(start IS NULL OR due IS NULL OR start <= due), FOREIGN KEY(parent_id) REFERENCES node (id) ON '
                 'DELETE CASCADE, FOREIGN KEY(level_id) REFERENCES governance_level (id) ON DELETE RESTRICT, FOREIGN '
                 'KEY(owner_unit_id) REFERENCES org_unit (id) ON DELETE SET NULL )'},
 'node_link': {'columns': [('source_id', 'INTEGER', True, 1), ('target_id', 'INTEGER', True, 2),
                           ('kind', 'VARCHAR', True, 0)],
               'indexes': {'ix_node_link_target_id': (False, ['target_id'])},
               'sql': 'CREATE TABLE node_link ( source_id INTEGER NOT NULL, target_id INTEGER NOT NULL, kind VARCHAR '
                      'NOT NULL, PRIMARY KEY (source_id, target_id), CONSTRAINT ck_kind_values CHECK (kind IN '
                      "('serves')), CONSTRAINT ck_link_not_self CHECK (source_id <> target_id), FOREIGN KEY(source_id) "
                      'REFERENCES node (id) ON DELETE CASCADE, FOREIGN KEY(target_id) REFERENCES node (id) ON DELETE '
                      'CASCADE )'},
 'node_sdg': {'columns': [('node_id', 'INTEGER', True, 1), ('sdg', 'INTEGER', True, 2)],
              'indexes': {},
              'sql': 'CREATE TABLE node_sdg ( node_id INTEGER NOT NULL, sdg INTEGER NOT NULL, PRIMARY KEY (node_id, '
                     'sdg), FOREIGN KEY(node_id) REFERENCES node (id) ON DELETE CASCADE, FOREIGN KEY(sdg) REFERENCES '
                     'sdg (number) )'},
 'org_unit': {'columns': [('id', 'INTEGER', True, 1), ('uuid', 'VARCHAR(36)', True, 0),
                          ('parent_id', 'INTEGER', False, 0), ('position', 'INTEGER', True, 0),
                          ('name', 'VARCHAR', True, 0), ('short_name', 'VARCHAR', True, 0),
                          ('kind', 'VARCHAR', True, 0), ('mandate', 'VARCHAR', True, 0),
                          ('manager', 'VARCHAR', True, 0)],
              'indexes': {'ix_org_unit_parent_id': (False, ['parent_id']), 'ix_org_unit_uuid': (True, ['uuid'])},
              'sql': 'CREATE TABLE org_unit ( id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, parent_id INTEGER, '
                     'position INTEGER NOT NULL, name VARCHAR NOT NULL, short_name VARCHAR NOT NULL, kind VARCHAR NOT '
                     'NULL, mandate VARCHAR NOT NULL, manager VARCHAR NOT NULL, PRIMARY KEY (id), CONSTRAINT '
                     "ck_kind_values CHECK (kind IN ('council', 'board', 'committee', 'company', 'administration', "
                     "'department', 'unit')), FOREIGN KEY(parent_id) REFERENCES org_unit (id) ON DELETE CASCADE )"},
 'organisation': {'columns': [('id', 'INTEGER', True, 1), ('uuid', 'VARCHAR(36)', True, 0),
                              ('name', 'VARCHAR', True, 0), ('short_name', 'VARCHAR', True, 0),
                              ('kind', 'VARCHAR', True, 0), ('municipality_code', 'VARCHAR', False, 0),
                              ('logo', 'BLOB', False, 0), ('logo_mime', 'VARCHAR', False, 0)],
                  'indexes': {'ix_organisation_uuid': (True, ['uuid'])},
                  'sql': 'CREATE TABLE organisation ( id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, name VARCHAR NOT '
                         'NULL, short_name VARCHAR NOT NULL, kind VARCHAR NOT NULL, municipality_code VARCHAR, logo '
                         'BLOB, logo_mime VARCHAR, PRIMARY KEY (id), CONSTRAINT ck_single_organisation CHECK (id = 1), '
                         "CONSTRAINT ck_kind_values CHECK (kind IN ('municipality', 'region', 'federation')) )"},
 'plan': {'columns': [('id', 'INTEGER', True, 1), ('uuid', 'VARCHAR(36)', True, 0), ('title', 'VARCHAR', True, 0),
                      ('year', 'INTEGER', True, 0), ('vision', 'VARCHAR', True, 0), ('vision_text', 'VARCHAR', True, 0),
                      ('values', 'VARCHAR', True, 0), ('term_start', 'INTEGER', False, 0),
                      ('term_end', 'INTEGER', False, 0), ('decided_by', 'VARCHAR', True, 0),
                      ('decided_on', 'DATE', False, 0), ('wheel_start_month', 'INTEGER', True, 0),
                      ('template', 'VARCHAR', True, 0), ('note', 'VARCHAR', True, 0)],
          'indexes': {'ix_plan_uuid': (True, ['uuid'])},
          'sql': 'CREATE TABLE "plan" ( id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, title VARCHAR NOT NULL, year '
                 'INTEGER NOT NULL, vision VARCHAR NOT NULL, vision_text VARCHAR NOT NULL, "values" VARCHAR NOT NULL, '
                 'term_start INTEGER, term_end INTEGER, decided_by VARCHAR NOT NULL, decided_on DATE, '
                 'wheel_start_month INTEGER NOT NULL, template VARCHAR NOT NULL, note VARCHAR NOT NULL, PRIMARY KEY '
                 '(id), CONSTRAINT ck_single_plan CHECK (id = 1), CONSTRAINT ck_plan_year CHECK (year BETWEEN 1900 AND '
                 '2200), CONSTRAINT ck_wheel_start_month CHECK (wheel_start_month BETWEEN 1 AND 12), CONSTRAINT '
                 'ck_term CHECK (term_start IS NULL OR term_end IS NULL OR term_start <= term_end) )'},
 'plan_setting': {'columns': [('key', 'VARCHAR', True, 1), ('value', 'VARCHAR', True, 0)],
                  'indexes': {},
                  'sql': 'CREATE TABLE plan_setting ( "key" VARCHAR NOT NULL, value VARCHAR NOT NULL, PRIMARY KEY '
                         '("key") )'},
 'reporting_period': {'columns': [('id', 'INTEGER', True, 1), ('uuid', 'VARCHAR(36)', True, 0),
                                  ('kind', 'VARCHAR', True, 0), ('name', 'VARCHAR', True, 0),
                                  ('year', 'INTEGER', True, 0), ('period_end', 'DATE', True, 0),
                                  ('due', 'DATE', False, 0)],
                      'indexes': {'ix_reporting_period_uuid': (True, ['uuid'])},
                      'sql': 'CREATE TABLE reporting_period ( id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, kind '
                             'VARCHAR NOT NULL, name VARCHAR NOT NULL, year INTEGER NOT NULL, period_end DATE NOT '
                             'NULL, due DATE, PRIMARY KEY (id), CONSTRAINT ck_kind_values CHECK (kind IN '
                             "('monthly_report', 'tertial_report', 'interim_report', 'interim_accounts', "
                             "'annual_report', 'other')) )"},
 'risk': {'columns': [('id', 'INTEGER', True, 1), ('uuid', 'VARCHAR(36)', True, 0), ('year', 'INTEGER', True, 0),
                      ('unit_id', 'INTEGER', False, 0), ('process', 'VARCHAR', True, 0), ('title', 'VARCHAR', True, 0),
                      ('description', 'VARCHAR', True, 0), ('likelihood', 'INTEGER', True, 0),
                      ('consequence', 'INTEGER', True, 0), ('chosen', 'BOOLEAN', True, 0),
                      ('control', 'VARCHAR', True, 0), ('responsible', 'VARCHAR', True, 0),
                      ('frequency', 'VARCHAR', True, 0), ('reporting', 'VARCHAR', True, 0)],
          'indexes': {'ix_risk_uuid': (True, ['uuid'])},
          'sql': 'CREATE TABLE risk ( id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, year INTEGER NOT NULL, unit_id '
                 'INTEGER, process VARCHAR NOT NULL, title VARCHAR NOT NULL, description VARCHAR NOT NULL, likelihood '
                 'INTEGER NOT NULL, consequence INTEGER NOT NULL, chosen BOOLEAN NOT NULL, control VARCHAR NOT NULL, '
                 'responsible VARCHAR NOT NULL, frequency VARCHAR NOT NULL, reporting VARCHAR NOT NULL, PRIMARY KEY '
                 '(id), CONSTRAINT ck_risk_likelihood CHECK (likelihood BETWEEN 1 AND 4), CONSTRAINT '
                 'ck_risk_consequence CHECK (consequence BETWEEN 1 AND 4), CONSTRAINT ck_frequency_values CHECK '
                 "(frequency IN ('yearly', 'semiannual', 'tertial', 'quarterly', 'monthly', 'continuous')), FOREIGN "
                 'KEY(unit_id) REFERENCES org_unit (id) ON DELETE SET NULL )'},
 'sdg': {'columns': [('number', 'INTEGER', True, 1), ('name', 'VARCHAR', True, 0), ('colour', 'VARCHAR', True, 0)],
         'indexes': {},
         'sql': 'CREATE TABLE sdg ( number INTEGER NOT NULL, name VARCHAR NOT NULL, colour VARCHAR NOT NULL, PRIMARY '
                'KEY (number), CONSTRAINT ck_sdg_number CHECK (number BETWEEN 1 AND 17) )'},
 'situation_review': {'columns': [('id', 'INTEGER', True, 1), ('uuid', 'VARCHAR(36)', True, 0),
                                  ('unit_id', 'INTEGER', True, 0), ('year', 'INTEGER', True, 0),
                                  ('mission', 'VARCHAR', True, 0), ('analysis', 'VARCHAR', True, 0),
                                  ('needs', 'VARCHAR', True, 0), ('results', 'VARCHAR', True, 0),
                                  ('challenges', 'VARCHAR', True, 0), ('key_figures', 'VARCHAR', True, 0),
                                  ('trends', 'VARCHAR', True, 0)],
                      'indexes': {'ix_situation_review_uuid': (True, ['uuid']),
                                  'sqlite_autoindex_situation_review_1': (True, ['unit_id', 'year'])},
                      'sql': 'CREATE TABLE situation_review ( id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, unit_id '
                             'INTEGER NOT NULL, year INTEGER NOT NULL, mission VARCHAR NOT NULL, analysis VARCHAR NOT '
                             'NULL, needs VARCHAR NOT NULL, results VARCHAR NOT NULL, challenges VARCHAR NOT NULL, '
                             'key_figures VARCHAR NOT NULL, trends VARCHAR NOT NULL, PRIMARY KEY (id), CONSTRAINT '
                             'uq_situation_review_unit_year UNIQUE (unit_id, year), FOREIGN KEY(unit_id) REFERENCES '
                             'org_unit (id) ON DELETE CASCADE )'},
 'wheel_event': {'columns': [('id', 'INTEGER', True, 1), ('uuid', 'VARCHAR(36)', True, 0), ('uid', 'VARCHAR', False, 0),
                             ('ring_id', 'INTEGER', True, 0), ('title', 'VARCHAR', True, 0),
                             ('description', 'VARCHAR', True, 0), ('start', 'DATE', True, 0), ('end', 'DATE', True, 0),
                             ('colour', 'VARCHAR', False, 0), ('responsible', 'VARCHAR', True, 0),
                             ('recurring_yearly', 'BOOLEAN', True, 0), ('kind', 'VARCHAR', True, 0),
                             ('period_id', 'INTEGER', False, 0), ('report_kind', 'VARCHAR', False, 0)],
                 'indexes': {'ix_wheel_event_ring_id': (False, ['ring_id']),
                             'ix_wheel_event_uid': (False, ['uid']),
                             'ix_wheel_event_uuid': (True, ['uuid'])},
                 'sql': 'CREATE TABLE wheel_event ( id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, uid VARCHAR, '
                        'ring_id INTEGER NOT NULL, title VARCHAR NOT NULL, description VARCHAR NOT NULL, start DATE '
                        'NOT NULL, "end" DATE NOT NULL, colour VARCHAR, responsible VARCHAR NOT NULL, recurring_yearly '
                        'BOOLEAN NOT NULL, kind VARCHAR NOT NULL, period_id INTEGER, report_kind VARCHAR, PRIMARY KEY '
                        "(id), CONSTRAINT ck_kind_values CHECK (kind IN ('committee_meeting', 'report', 'dialogue', "
                        "'decision', 'budget', 'other')), CONSTRAINT ck_report_kind_values CHECK (report_kind IS NULL "
                        "OR report_kind IN ('operational_plan', 'assignment_plan', 'follow_up', 'situation_review', "
                        "'internal_control', 'annual_wheel')), CONSTRAINT ck_event_dates CHECK (start <= end), FOREIGN "
                        'KEY(ring_id) REFERENCES wheel_ring (id) ON DELETE CASCADE, FOREIGN KEY(period_id) REFERENCES '
                        'reporting_period (id) ON DELETE SET NULL )'},
 'wheel_ring': {'columns': [('id', 'INTEGER', True, 1), ('uuid', 'VARCHAR(36)', True, 0), ('name', 'VARCHAR', True, 0),
                            ('colour', 'VARCHAR', True, 0), ('position', 'INTEGER', True, 0),
                            ('visible', 'BOOLEAN', True, 0)],
                'indexes': {'ix_wheel_ring_uuid': (True, ['uuid'])},
                'sql': 'CREATE TABLE wheel_ring ( id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, name VARCHAR NOT '
                       'NULL, colour VARCHAR NOT NULL, position INTEGER NOT NULL, visible BOOLEAN NOT NULL, PRIMARY '
                       'KEY (id) )'}}
