import type { Messages } from '../i18n';

export const en: Messages = {
  app: {
    name: 'Kennisportaal Ouderbetrokkenheid',
    tagline: 'Sharing knowledge about working together with parents',
  },
  layout: {
    skipToContent: 'Skip to main content',
    mainNavigation: 'Main menu',
    languageSwitch: 'Choose a language',
    footerAbout:
      'The Kennisportaal Ouderbetrokkenheid gathers practice examples, tools, publications and events about the partnership between parents and professionals.',
    footerNavigation: 'Footer menu',
  },
  nav: {
    home: 'Home',
    search: 'Search',
    events: 'Events',
    about: 'About',
  },
  language: {
    nl: 'Nederlands',
    en: 'English',
  },
  home: {
    title: 'Welcome to the knowledge portal on parental involvement',
    intro:
      'Parents and professionals share responsibility for the development of children. This portal shares knowledge and experience about parental involvement: practice examples, tools, publications and events, for everyone who works with parents.',
    sectorsTitle: 'Who is this portal for?',
    sectorsIntro: 'For professionals, parents and policy makers in:',
    modelTitle: 'The model of five partnerships',
    modelIntro:
      'Working with parents takes five forms of partnership. All knowledge in this portal is organised along this model, so you quickly find what fits your question.',
  },
  taxonomy: {
    partnerships: {
      INFORMAL: {
        name: 'Informal partnership',
        description: 'Standing together for the activities and work of the school or organisation',
      },
      FORMAL: {
        name: 'Formal partnership',
        description: 'Standing together for school policy (policy, governance, participation council)',
      },
      DIDACTIC: {
        name: 'Didactic partnership',
        description: "Standing together for the child's learning",
      },
      PEDAGOGIC: {
        name: 'Pedagogic partnership',
        description: "Standing together for the child's well-being and upbringing",
      },
      SOCIETAL: {
        name: 'Societal partnership',
        description: "Standing together for the child's place in society, the district or the neighbourhood",
      },
    },
    sectors: {
      VVE: 'Early childhood education',
      EDUCATION: 'Education',
      CARE: 'Care (youth care, CJG)',
      CHILDCARE: 'Childcare',
      SPORT: 'Sport (clubs)',
    },
  },
  comingSoon: {
    badge: 'Coming soon',
    search: {
      title: 'Search',
      description:
        'Soon you can search all practice examples, tools and publications here, filtered by partnership, aspect and sector.',
    },
    events: {
      title: 'Events',
      description: 'Soon you will find events about parental involvement here and be able to register.',
    },
  },
  about: {
    title: 'About the knowledge portal',
    intro:
      'The Kennisportaal Ouderbetrokkenheid is a place to share knowledge about the partnership between parents and professionals in education, early childhood education, youth care, childcare and sport.',
    model:
      'Its content is organised along the model of five partnerships (informal, formal, didactic, pedagogic and societal) and six aspects: communication, culture, organisation, materials, building and ICT.',
  },
  status: {
    title: 'System status',
    loading: 'Fetching status…',
    refresh: 'Refresh status',
    overallUp: 'All components are working.',
    overallDown: 'One or more components are not working.',
    backend: 'Application server',
    elasticsearch: 'Search engine (Elasticsearch)',
    up: 'Available',
    down: 'Unavailable',
    unknown: 'Unknown',
    version: 'Version {version}',
    clusterStatus: 'Cluster status: {status}',
    cluster: {
      green: 'green (all good)',
      yellow: 'yellow (working, without replicas)',
      red: 'red (data missing)',
    },
  },
  errors: {
    problemFallbackTitle: 'Something went wrong',
    fieldErrors: 'Please check the following:',
    statusCode: 'Error code {status}',
    retry: 'Try again',
    network: {
      title: 'No connection',
      detail: 'The server cannot be reached. Check your internet connection and try again.',
    },
    server: {
      title: 'The server returned an error',
      detail: 'Something went wrong on our side (error code {status}). Please try again later.',
    },
    unexpected: {
      title: 'Unexpected response',
      detail: 'The server sent a response we do not understand. Please try again later.',
    },
  },
  notFound: {
    title: 'Page not found',
    description: 'The page you are looking for does not exist (any more). Check the address or go back to the home page.',
    backHome: 'Go to the home page',
  },
  routeError: {
    title: 'This page cannot be shown',
    description: 'Something went wrong while showing this page. Reload the page or go to the home page.',
  },
};
