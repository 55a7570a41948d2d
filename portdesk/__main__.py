from portdesk.cli import main

raise SystemExit(main())
