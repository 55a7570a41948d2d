"""Cases written straight by SQL (generate_series), the way the import would write them, for
tests and benchmarks that need a large PostgreSQL queue quickly. The search column is built like
store/mapping.search_text; `expected_search_text` is what the product would store, for checking.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Engine

from portdesk.store.mapping import search_text
from tests.helpers import case

STATUSES = ("draft", "awaiting_signature", "submitted", "at_carrier", "exception")
SPECIALISTS = ("Maria Lopez", "Tom Okafor", "Ana Silva", "Li Wei", "Sam Carter", "Noor Haddad",
               "Jonas Berg", "")

_NUM = """'1' || (200 + g % 700 + CASE WHEN (200 + g % 700) % 100 = 11 THEN 1 ELSE 0 END)::text
 || (200 + (g / 100) % 700 + CASE WHEN (200 + (g / 100) % 700) % 100 = 11 THEN 1 ELSE 0 END)::text
 || lpad(((g * 3 + {k}) % 10000)::text, 4, '0')"""
_REF = "'PD-' || CASE WHEN g < 1000000 THEN lpad(g::text, 6, '0') ELSE g::text END"
_SEED = f"""
INSERT INTO cases (id, reference, kind, status, service_type, country, customer_type,
  account_name, authorized_name, authorized_title, account_number, btn, losing_carrier,
  service_address, port_type, remaining_numbers, new_btn, platform_refs, temporary_number,
  assignee, notes, contact_phone, contact_email, exception_detail, sync_state, sync_error,
  number_count, next_milestone, search_text, created_at, updated_at, version)
SELECT g, {_REF}, 'port_in', (ARRAY{list(STATUSES)})[g % 5 + 1], 'wireline', 'US', 'business',
  'Customer ' || g || ' Holdings', 'Maria Lopez', '', 'AC' || lpad(g::text, 8, '0'),
  '+' || n0, 'Lumen', '{{}}', 'full', '[]', '', '[]', '', (ARRAY{list(SPECIALISTS)})[g % 8 + 1],
  '', '', '', '', 'local', '', 3, '',
  lower({_REF}) || ' | customer ' || g || ' holdings | maria lopez | ac' || lpad(g::text, 8, '0')
  || ' | ac' || lpad(g::text, 8, '0') || ' | ' || n0 || ' | ' || substr(n0, 2) || ' | ' || n1
  || ' | ' || substr(n1, 2) || ' | ' || n2 || ' | ' || substr(n2, 2) || ' | ' || n0,
  now(), now() - g * interval '1 second', 1
FROM (SELECT g, {_NUM.format(k=0)} AS n0, {_NUM.format(k=1)} AS n1, {_NUM.format(k=2)} AS n2
      FROM generate_series(%(lo)s::int, %(hi)s::int) AS g) AS s
""".replace(" % ", " %% ")  # the modulo operator, not a placeholder


def _number(g: int, k: int) -> str:
    npa = 200 + g % 700 + (1 if (200 + g % 700) % 100 == 11 else 0)
    nxx = 200 + (g // 100) % 700 + (1 if (200 + (g // 100) % 700) % 100 == 11 else 0)
    return f"{npa}-{nxx}-{(g * 3 + k) % 10000:04d}"


def expected_search_text(g: int) -> str:
    """The search column the product would store for the g-th case."""
    numbers = [_number(g, k) for k in range(3)]
    made = case(account_name=f"Customer {g} Holdings", account_number=f"AC{g:08d}",
                numbers=numbers, btn=numbers[0])
    return search_text(replace(made, reference=f"PD-{g:06d}"))



def seed(engine: Engine, count: int, batch: int = 100_000) -> None:
    """`count` cases with ids 1..count, then the statistics the planner needs."""
    with engine.begin() as conn:
        for lo in range(1, count + 1, batch):
            conn.exec_driver_sql(_SEED, {"lo": lo, "hi": min(count, lo + batch - 1)})
        conn.exec_driver_sql(f"INSERT INTO sequences (name, value) VALUES ('case_ref', {count}) "
                             f"ON CONFLICT (name) DO UPDATE SET value = {count}")
        conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('cases', 'id'), {count})")
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE cases")
