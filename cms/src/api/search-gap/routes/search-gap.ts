// The one door of search gaps: the search page posts a query that found nothing. There is no core
// router, so nothing can read search gaps back through the REST API; editors see them in the admin
// and in `npm run report:search-gaps`.
export default {
  routes: [
    {
      method: 'POST',
      path: '/search-gaps',
      handler: 'search-gap.report',
      config: { auth: false },
    },
  ],
};
