-- Uploaded media (video materials and preview clips), kept in the database so that every frontend behind a
-- load balancer serves the same files. A file is its row in media.uploads plus 1 MiB chunks in order.
create schema if not exists media;

create table media.uploads (
    id uuid primary key,
    content_type text not null,
    extension text not null,
    length bigint not null check (length > 0),
    chunk_size integer not null check (chunk_size > 0),
    sha256 text not null,
    video_seconds integer,
    original_name text not null,
    uploaded_by text not null,
    uploaded_at timestamptz not null default now()
);

create table media.upload_chunks (
    upload_id uuid not null references media.uploads (id) on delete cascade,
    index integer not null check (index >= 0),
    data bytea not null,
    primary key (upload_id, index)
);

-- Video is compressed already: store chunks out of line without trying to compress them again.
alter table media.upload_chunks alter column data set storage external;
