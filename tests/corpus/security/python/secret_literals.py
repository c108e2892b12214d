import os

# ruleid: py.secret-token-literal
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
# ok: py.secret-token-literal
AWS_ACCESS_KEY_ID_ENV = os.environ.get("AWS_ACCESS_KEY_ID", "")
# ruleid: py.secret-token-literal
DATABASE_URL = "postgresql://app:Tr0ub4dor3xyz@db.internal:5432/app"
# ok: py.secret-token-literal
DATABASE_URL_TEMPLATE = "postgresql://app:{password}@db.internal:5432/app"
# ruleid: py.secret-token-literal
SLACK_WEBHOOK = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
# ok: py.secret-token-literal
DOCS = "https://api.slack.com/messaging/webhooks"
