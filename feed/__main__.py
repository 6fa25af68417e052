from feed.cli import main

if __name__ == "__main__":  # not when a worker process (feed.ingest) imports this module as its main
    raise SystemExit(main())
