import { render } from '@testing-library/react';
import { AfterSedation } from './AfterSedation';
import { HomeSameDay } from './HomeSameDay';

it('says the 24-hour rule and the ride home, in English', () => {
  expect(render(<p><AfterSedation lang="en" /></p>).container.textContent).toBe(
    'For 24 hours, do not drive, drink alcohol or take sleeping pills, and do not make big choices, such as about money, work or legal papers. ' +
      'An adult must take you home, not a taxi or rideshare on your own. Your care team may also ask that an adult stays with you the first night.',
  );
});

it('says the same in Spanish', () => {
  expect(render(<p><AfterSedation lang="es" /></p>).container.textContent).toBe(
    'Durante 24 horas, no maneje, no tome alcohol ni pastillas para dormir, y no tome decisiones importantes, por ejemplo sobre dinero, trabajo o papeles legales. ' +
      'Un adulto debe llevarlo a casa: no se vaya solo en taxi o en un auto de aplicación. Su equipo de atención también puede pedirle que un adulto se quede con usted la primera noche.',
  );
});

it('says that most people go home the same day, one sentence in each language', () => {
  expect(render(<p><HomeSameDay lang="en" /></p>).container.textContent).toBe('Most people go home the same day.');
  expect(render(<p><HomeSameDay lang="es" /></p>).container.textContent).toBe('La mayoría de las personas vuelven a casa el mismo día.');
});
