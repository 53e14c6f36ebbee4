// The Dutch catalogue is the reference: its shape defines every message key, and `en.ts` must match it exactly.
export const nl = {
  app: {
    name: 'Kennisportaal Ouderbetrokkenheid',
    tagline: 'Kennis delen over samenwerken met ouders',
  },
  layout: {
    skipToContent: 'Direct naar de inhoud',
    mainNavigation: 'Hoofdmenu',
    languageSwitch: 'Kies een taal',
    footerAbout:
      'Het Kennisportaal Ouderbetrokkenheid bundelt praktijkvoorbeelden, instrumenten, publicaties en bijeenkomsten over de samenwerking tussen ouders en professionals.',
    footerNavigation: 'Voettekstmenu',
  },
  nav: {
    home: 'Home',
    search: 'Zoeken',
    events: 'Bijeenkomsten',
    about: 'Over',
  },
  language: {
    nl: 'Nederlands',
    en: 'English',
  },
  home: {
    title: 'Welkom bij het Kennisportaal Ouderbetrokkenheid',
    intro:
      'Ouders en professionals staan samen voor de ontwikkeling van kinderen. Dit portaal deelt kennis en ervaring over ouderbetrokkenheid: praktijkvoorbeelden, instrumenten, publicaties en bijeenkomsten, voor iedereen die met ouders samenwerkt.',
    sectorsTitle: 'Voor wie is dit portaal?',
    sectorsIntro: 'Voor professionals, ouders en beleidsmakers in:',
    modelTitle: 'Het model van vijf partnerschappen',
    modelIntro:
      'Samenwerken met ouders kent vijf vormen van partnerschap. Alle kennis in dit portaal is ingedeeld volgens dit model, zodat u snel vindt wat bij uw vraag past.',
  },
  taxonomy: {
    partnerships: {
      INFORMAL: {
        name: 'Informeel partnerschap',
        description: 'Samen staan voor de activiteiten en werkzaamheden van de school/instelling',
      },
      FORMAL: {
        name: 'Formeel partnerschap',
        description: 'Samen staan voor het schoolbeleid (beleid, bestuur, MR)',
      },
      DIDACTIC: {
        name: 'Didactisch partnerschap',
        description: 'Samen staan voor het leren van het kind',
      },
      PEDAGOGIC: {
        name: 'Pedagogisch partnerschap',
        description: 'Samen staan voor het welzijn en de opvoeding van het kind',
      },
      SOCIETAL: {
        name: 'Maatschappelijk partnerschap',
        description: 'Samen staan voor de plek van het kind in de maatschappij, wijk of buurt',
      },
    },
    sectors: {
      VVE: 'VVE (voor- en vroegschoolse educatie)',
      EDUCATION: 'Onderwijs',
      CARE: 'Zorg',
      CHILDCARE: 'Opvang',
      SPORT: 'Sport',
    },
  },
  comingSoon: {
    badge: 'Binnenkort beschikbaar',
    search: {
      title: 'Zoeken',
      description:
        'Binnenkort kunt u hier zoeken in alle praktijkvoorbeelden, instrumenten en publicaties, gefilterd op partnerschap, aspect en sector.',
    },
    events: {
      title: 'Bijeenkomsten',
      description: 'Binnenkort vindt u hier bijeenkomsten over ouderbetrokkenheid en kunt u zich aanmelden.',
    },
  },
  about: {
    title: 'Over het kennisportaal',
    intro:
      'Het Kennisportaal Ouderbetrokkenheid is een plek om kennis te delen over de samenwerking tussen ouders en professionals in onderwijs, voor- en vroegschoolse educatie, jeugdzorg, kinderopvang en sport.',
    model:
      'De inhoud is geordend volgens het model van vijf partnerschappen (informeel, formeel, didactisch, pedagogisch en maatschappelijk) en zes aspecten: communicatie, cultuur, organisatie, materialen, gebouw en ICT.',
  },
  status: {
    title: 'Systeemstatus',
    loading: 'Status wordt opgehaald…',
    refresh: 'Status vernieuwen',
    overallUp: 'Alle onderdelen werken.',
    overallDown: 'Een of meer onderdelen werken niet.',
    backend: 'Applicatieserver',
    elasticsearch: 'Zoekmachine (Elasticsearch)',
    up: 'Beschikbaar',
    down: 'Niet beschikbaar',
    unknown: 'Onbekend',
    version: 'Versie {version}',
    clusterStatus: 'Clusterstatus: {status}',
    cluster: {
      green: 'groen (alles in orde)',
      yellow: 'geel (werkt, zonder reservekopieën)',
      red: 'rood (gegevens ontbreken)',
    },
  },
  errors: {
    problemFallbackTitle: 'Er ging iets mis',
    fieldErrors: 'Controleer het volgende:',
    statusCode: 'Foutcode {status}',
    retry: 'Opnieuw proberen',
    network: {
      title: 'Geen verbinding',
      detail: 'De server is niet bereikbaar. Controleer uw internetverbinding en probeer het opnieuw.',
    },
    server: {
      title: 'De server gaf een fout',
      detail: 'Er ging iets mis aan onze kant (foutcode {status}). Probeer het later opnieuw.',
    },
    unexpected: {
      title: 'Onverwacht antwoord',
      detail: 'De server gaf een antwoord dat we niet begrijpen. Probeer het later opnieuw.',
    },
  },
  notFound: {
    title: 'Pagina niet gevonden',
    description: 'De pagina die u zoekt bestaat niet (meer). Controleer het adres of ga terug naar de startpagina.',
    backHome: 'Naar de startpagina',
  },
  routeError: {
    title: 'Deze pagina kan niet worden getoond',
    description: 'Er ging iets mis bij het tonen van deze pagina. Laad de pagina opnieuw of ga naar de startpagina.',
  },
};
