-- ASP.NET Core data-protection keys, shared by every frontend so that an auth cookie or an anti-forgery token issued by
-- one is accepted by all. Rows are only added (new keys every 90 days, revocations); each holds one XML element.
create schema if not exists dataprotection;

create table dataprotection.keys (
    id bigint generated always as identity primary key,
    friendly_name text not null,
    xml text not null,
    created_at timestamptz not null default now()
);
