// A real (in-memory) IndexedDB for the data-layer tests: no mocks of Dexie itself.
import 'fake-indexeddb/auto';
